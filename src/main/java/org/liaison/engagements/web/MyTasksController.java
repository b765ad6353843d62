package org.liaison.engagements.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.engagements.internal.CalendarFeedService;
import org.liaison.engagements.internal.EngagementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * My tasks: the signed-in user's open follow-ups (marked done in place), the engagements coming up
 * that they may see, and their calendar subscription: a secret URL, shown once when it is issued;
 * issuing a new one stops the old.
 */
@Controller
class MyTasksController {

    private final EngagementService engagements;
    private final CalendarFeedService calendars;
    private final UserAccounts accounts;

    MyTasksController(EngagementService engagements, CalendarFeedService calendars, UserAccounts accounts) {
        this.engagements = engagements;
        this.calendars = calendars;
        this.accounts = accounts;
    }

    @GetMapping(Links.TASKS)
    String tasks(Model model) {
        var agenda = engagements.myAgenda();
        model.addAttribute("followUps", agenda.followUps());
        model.addAttribute("upcoming", agenda.upcoming());
        Map<UUID, String> owners = new HashMap<>();
        agenda.followUps().forEach(f -> owners.computeIfAbsent(f.owner(),
                o -> accounts.find(o).map(UserAccount::displayName).orElse("")));
        model.addAttribute("owners", owners);
        model.addAttribute("showEngagement", true);
        model.addAttribute("calendarSince", calendars.status().orElse(null));
        return "engagements/tasks";
    }

    /** Issues a new secret calendar URL and shows it once (htmx: the calendar part only). */
    @PostMapping("/my/calendar")
    String newCalendarUrl(Model model, HttpServletRequest request, HttpServletResponse response) {
        var issued = calendars.reset();
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics")
                .buildAndExpand(issued.token()).toUriString();
        model.addAttribute("calendarUrl", url);
        model.addAttribute("calendarSince", issued.createdAt());
        if (Htmx.wantsFragment(request, response)) {
            return "engagements/tasks :: calendar";
        }
        return tasks(model);
    }
}
