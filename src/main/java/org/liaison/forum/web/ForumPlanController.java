package org.liaison.forum.web;

import java.util.Locale;
import java.util.UUID;

import org.liaison.forum.internal.AgendaDocuments;
import org.liaison.forum.internal.ForumAgendas;
import org.liaison.forum.internal.ForumBooths;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.shared.RuleViolationException;
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
 * The organiser's floor: the booths of an event (assigned and taken away from the event page)
 * and the table plan per slot, on the page and as a printable PDF.
 */
@Controller
class ForumPlanController {

    private final ForumEvents events;
    private final ForumAgendas agendas;
    private final ForumBooths booths;
    private final AgendaDocuments documents;
    private final MessageSource messages;

    ForumPlanController(ForumEvents events, ForumAgendas agendas, ForumBooths booths, AgendaDocuments documents,
            MessageSource messages) {
        this.events = events;
        this.agendas = agendas;
        this.booths = booths;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/forum/events/{id}/table-plan")
    String tablePlan(@PathVariable UUID id, Model model) {
        model.addAttribute("event", events.read(id));
        model.addAttribute("plan", agendas.tablePlan(id));
        return "forum/table-plan";
    }

    @GetMapping("/forum/events/{id}/table-plan.pdf")
    ResponseEntity<byte[]> tablePlanPdf(@PathVariable UUID id, Locale locale) {
        var event = events.read(id);
        var plan = agendas.tablePlan(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AgendaDocuments.fileName(event.title(), "pdf").replaceFirst("^agenda", "table-plan")).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(documents.tablePlanPdf(event, plan, locale));
    }

    /** Assigns a booth to a participant of the event, or takes it away (booth blank). */
    @PostMapping("/forum/events/{id}/booths")
    String booth(@PathVariable UUID id, @RequestParam UUID participant, @RequestParam(defaultValue = "") String booth,
            RedirectAttributes redirect) {
        var locale = LocaleContextHolder.getLocale();
        try {
            var change = booths.assign(id, participant, booth);
            redirect.addFlashAttribute("notice", messages.getMessage(
                    change.participant().booth() == null ? "forum.booths.taken-away" : "forum.booths.assigned",
                    new Object[] {change.participant().personName(), change.participant().booth() == null ? ""
                            : change.participant().booth(), change.moved(), change.unplaced()}, locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", messages.getMessage("error." + e.code(), null, e.getMessage(), locale));
        }
        return "redirect:/forum/events/" + id + "#booths";
    }
}
