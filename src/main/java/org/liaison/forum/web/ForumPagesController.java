package org.liaison.forum.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.ProposedStage;
import org.liaison.forum.internal.AgendaDocuments;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.ForumAccess;
import org.liaison.forum.internal.ForumAgendas;
import org.liaison.forum.internal.ForumBooths;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumOutcomes;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingPlacements;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantDraft;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.ScheduleJobs;
import org.liaison.forum.internal.Views.BoothView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum pages: events, one event (registrations, booths, scheduling with its progress,
 * meetings), the marketplace and a participant's agenda with its PDF and calendar. Writes
 * redirect back; a broken rule or a stale edit shows as a readable message there.
 */
@Controller
class ForumPagesController {

    private final ForumAccess access;
    private final ForumEvents events;
    private final ForumRegistrations registrations;
    private final MeetingRequests requests;
    private final MeetingPlacements placements;
    private final ForumAgendas agendas;
    private final ForumBooths booths;
    private final DirectoryQueries directory;
    private final ScheduleJobs jobs;
    private final AgendaDocuments documents;
    private final ForumOutcomes outcomes;
    private final MessageSource messages;

    ForumPagesController(ForumAccess access, ForumEvents events, ForumRegistrations registrations, MeetingRequests requests,
            MeetingPlacements placements, ForumAgendas agendas, ForumBooths booths, DirectoryQueries directory, ScheduleJobs jobs, AgendaDocuments documents, ForumOutcomes outcomes,
            MessageSource messages) {
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.placements = placements;
        this.agendas = agendas;
        this.booths = booths;
        this.directory = directory;
        this.jobs = jobs;
        this.documents = documents;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @GetMapping("/forum")
    String events(Model model) {
        model.addAttribute("events", events.list());
        model.addAttribute("organiser", access.isOrganiser());
        return "forum/events";
    }

    @GetMapping("/forum/events/{id}")
    String event(@PathVariable UUID id, Model model) {
        var event = events.read(id);
        model.addAttribute("event", event);
        model.addAttribute("registrations", registrations.registrations(id));
        model.addAttribute("meetings", requests.meetings(id));
        model.addAttribute("organiser", access.isOrganiser());
        model.addAttribute("job", jobs.latest(id).orElse(null));
        model.addAttribute("window", events.window(id));
        var floor = access.isOrganiser() ? booths.booths(id) : List.<BoothView>of();
        model.addAttribute("booths", floor);
        model.addAttribute("boothCount", access.isOrganiser() ? floor.size() : null);
        model.addAttribute("types", ParticipantType.values());
        model.addAttribute("stages", ProposedStage.values());
        return "forum/event";
    }

    /** The scheduling panel alone, polled by htmx while a job runs. */
    @GetMapping("/forum/events/{id}/schedule")
    String schedulePanel(@PathVariable UUID id, Model model) {
        model.addAttribute("event", events.read(id));
        model.addAttribute("organiser", access.isOrganiser());
        model.addAttribute("job", jobs.latest(id).orElse(null));
        return "forum/event :: schedule";
    }

    @PostMapping("/forum/events/{id}/schedule")
    String schedule(@PathVariable UUID id, @RequestParam(defaultValue = "10") int seconds, Model model,
            RedirectAttributes redirect) {
        jobs.start(id, Math.max(1, Math.min(seconds, 60)), 1);
        model.addAttribute("event", events.read(id));
        model.addAttribute("organiser", true);
        model.addAttribute("job", jobs.latest(id).orElse(null));
        return "forum/event :: schedule";
    }

    @PostMapping("/forum/events/{id}/schedule-jobs/{jobId}/cancel")
    String cancelSchedule(@PathVariable UUID id, @PathVariable UUID jobId, RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + id + "#schedule", () -> jobs.cancel(id, jobId));
    }

    @PostMapping("/forum/events/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam AgendaStatus stage, RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + id + "#schedule", () -> events.publish(id, stage));
    }

    @PostMapping("/forum/events/{id}/participants")
    String register(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organizationId,
            @RequestParam(required = false) @Nullable String organization, @RequestParam String personName, @RequestParam ParticipantType type,
            @RequestParam(required = false) @Nullable String email, @RequestParam(required = false) @Nullable String profile,
            @RequestParam(required = false) @Nullable String offers, @RequestParam(required = false) @Nullable String wants,
            @RequestParam(required = false) @Nullable String booth, RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + id + "#registrations", () -> registrations.register(id,
                new ParticipantDraft(organizationId != null ? organizationId : organization(organization), null, personName, type, email, LocaleContextHolder.getLocale().getLanguage(),
                        profile, offers, wants, booth, List.of())));
    }

    @PostMapping("/forum/participants/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam UUID event, @RequestParam boolean approved, RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + event + "#registrations", () -> registrations.approve(id, approved));
    }

    @GetMapping("/forum/events/{id}/marketplace")
    String marketplace(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ParticipantType type, Model model) {
        model.addAttribute("event", events.read(id));
        model.addAttribute("profiles", registrations.marketplace(id, q, type));
        model.addAttribute("mine", registrations.mine(id));
        model.addAttribute("meetings", requests.meetings(id));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", ParticipantType.values());
        return "forum/marketplace";
    }

    @PostMapping("/forum/events/{id}/requests")
    String request(@PathVariable UUID id, @RequestParam UUID from, @RequestParam UUID to,
            @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + id + "/marketplace", () -> requests.request(id, from, to, note),
                "forum.flash.requested");
    }

    @PostMapping("/forum/meetings/{id}/{action}")
    String answer(@PathVariable UUID id, @PathVariable String action, @RequestParam UUID event,
            @RequestParam(defaultValue = "event") String back, RedirectAttributes redirect) {
        String to = "marketplace".equals(back) ? "/forum/events/" + event + "/marketplace" : "/forum/events/" + event + "#meetings";
        return attempt(redirect, to, () -> switch (action) {
            case "accept" -> requests.accept(id);
            case "decline" -> requests.decline(id);
            case "cancel" -> requests.cancel(id);
            case "lock" -> placements.lock(id, true);
            case "unlock" -> placements.lock(id, false);
            default -> throw new org.liaison.shared.NotFoundException("action", action);
        });
    }

    @PostMapping("/forum/meetings/{id}/placement")
    String place(@PathVariable UUID id, @RequestParam UUID event, @RequestParam long version,
            @RequestParam(required = false) @Nullable String slot, @RequestParam(required = false) @Nullable String table,
            RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + event + "#meetings", () -> placements.place(id, version,
                slot == null || slot.isBlank() ? null : slot, table == null || table.isBlank() ? null : table.strip()));
    }

    @PostMapping("/forum/meetings/{id}/outcome")
    String outcome(@PathVariable UUID id, @RequestParam UUID event, @RequestParam String outcome,
            @RequestParam(required = false) @Nullable ProposedStage stage, RedirectAttributes redirect) {
        return attempt(redirect, "/forum/events/" + event + "#meetings", () -> outcomes.record(id, outcome, stage));
    }

    @GetMapping("/forum/participants/{id}/agenda")
    String agenda(@PathVariable UUID id, Model model) {
        model.addAttribute("agenda", agendas.agenda(id));
        return "forum/agenda";
    }

    @GetMapping("/forum/participants/{id}/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable UUID id, Locale locale) {
        var agenda = agendas.agenda(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AgendaDocuments.fileName(agenda.participant().personName(), "pdf")).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(documents.pdf(agenda, locale));
    }

    @GetMapping("/forum/participants/{id}/agenda.ics")
    ResponseEntity<String> agendaIcs(@PathVariable UUID id, Locale locale) {
        var agenda = agendas.agenda(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AgendaDocuments.fileName(agenda.participant().personName(), "ics")).build().toString())
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(documents.ics(agenda, locale));
    }

    /** The organization the organiser typed: its directory id, or its name as in the directory; null when blank. */
    private @Nullable UUID organization(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return directory.organizationNamed(typed.strip()).map(OrganizationId::value)
                    .orElseThrow(() -> new RuleViolationException("forum.unknown-organization", "No organization named " + typed));
        }
    }

    private String attempt(RedirectAttributes redirect, String to, Supplier<?> work) {
        return attempt(redirect, to, work, null);
    }

    private String attempt(RedirectAttributes redirect, String to, Supplier<?> work, @Nullable String doneKey) {
        var locale = LocaleContextHolder.getLocale();
        try {
            work.get();
            if (doneKey != null) {
                redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
            }
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", messages.getMessage("error." + e.code(), null, e.getMessage(), locale));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", messages.getMessage("forum.stale", null, locale));
        }
        return "redirect:" + to;
    }
}
