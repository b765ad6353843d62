package org.liaison.relationships.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.RelationshipService;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A relationship's page: its stage with a form to move it, the owner and the next step with its
 * due date (editable by managers, based on the version read), the history of stage changes, the
 * strength with its reasons, and the introduction paths from the hub to the organization.
 */
@Controller
class RelationshipPageController {

    static final String PAGE = "relationships/relationship";

    private final RelationshipService relationships;
    private final PageSupport support;

    RelationshipPageController(RelationshipService relationships, PageSupport support) {
        this.relationships = relationships;
        this.support = support;
    }

    /** One entry of the history as the page shows it. */
    record HistoryRow(String at, String by, @Nullable Stage from, Stage to, @Nullable String reason) {}

    @GetMapping("/relationships/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        return page(id, relationships, support, model, locale);
    }

    @PostMapping("/relationships/{id}/plan")
    String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String nextStep,
            @RequestParam(required = false) @Nullable String nextStepDue, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        // the service checks: 404 for those who may not see relationships, 403 for those who may not change them
        String problem = null;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        LocalDate due = null;
        UUID ownerId = null;
        if (nextStepDue != null && !nextStepDue.isBlank()) {
            try {
                due = LocalDate.parse(nextStepDue.strip());
            } catch (DateTimeParseException e) {
                problem = support.message("relationships.plan.bad-date", new Object[0], locale);
            }
        }
        if (owner != null && !owner.isBlank()) {
            try {
                ownerId = UUID.fromString(owner.strip());
            } catch (IllegalArgumentException e) {
                problem = support.message("relationships.plan.bad-owner", new Object[0], locale);
            }
        }
        if (version == null) {
            problem = support.message("relationships.move.incomplete", new Object[0], locale);
        }
        if (problem == null && version != null) {
            try {
                relationships.plan(id, version, ownerId, nextStep, due);
                redirect.addFlashAttribute("notice", "relationships.notice.planned");
                return "redirect:/relationships/" + id;
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                problem = support.message("relationships.plan.stale", new Object[0], locale);
                status = HttpStatus.CONFLICT;
            } catch (RuleViolationException e) {
                problem = support.message("error." + e.code(), new Object[0], locale);
            }
        }
        response.setStatus(status.value());
        model.addAttribute("planError", problem);
        model.addAttribute("planInput", new String[] {Objects.toString(nextStep, ""), Objects.toString(nextStepDue, "")});
        return page(id, relationships, support, model, locale);
    }

    static String page(UUID id, RelationshipService relationships, PageSupport support, Model model, Locale locale) {
        var relationship = relationships.get(id);
        var history = relationships.history(id);
        var names = support.ownerNames(history.stream().map(c -> c.by()).filter(Objects::nonNull).distinct().toList());
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.of("UTC"));
        var rows = new ArrayList<HistoryRow>();
        for (var change : history.reversed()) {
            rows.add(new HistoryRow(format.format(change.at()) + " UTC",
                    change.by() == null ? support.message("relationships.history.system", new Object[0], locale)
                            : names.getOrDefault(change.by(), change.by().toString()),
                    change.from(), change.to(), change.reason()));
        }
        model.addAttribute("relationship", relationship);
        model.addAttribute("countryName", PageSupport.countryName(relationship.country(), locale));
        model.addAttribute("stageLabels", support.labels(locale));
        model.addAttribute("stages", List.of(Stage.values()));
        model.addAttribute("history", rows);
        model.addAttribute("strength", relationships.strength(id, locale));
        model.addAttribute("paths", relationships.paths(relationship.organization(), locale));
        model.addAttribute("owners", support.ownerChoices(relationship.owner()));
        model.addAttribute("ownerName", relationship.owner() == null ? null
                : support.ownerNames(List.of(relationship.owner())).get(relationship.owner()));
        model.addAttribute("canManage", support.canManage());
        return PAGE;
    }
}
