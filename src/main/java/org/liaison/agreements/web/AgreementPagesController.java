package org.liaison.agreements.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.api.Downloads;
import org.liaison.agreements.internal.AgreementCalendar;
import org.liaison.agreements.internal.AgreementFilter;
import org.liaison.agreements.internal.AgreementService;
import org.liaison.agreements.internal.MilestoneDraft;
import org.liaison.agreements.internal.Transition;
import org.liaison.documents.DocumentTooLargeException;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreement pages: the list with its filters, and one agreement with its transitions,
 * milestones, documents and timeline. Writes redirect back to the agreement; a broken rule shows
 * as a readable message there.
 */
@Controller
class AgreementPagesController {

    private final AgreementService agreements;
    private final MessageSource messages;

    private final AgreementCalendar calendar;
    private final java.util.List<org.liaison.agreements.AgreementPanel> panels;

    /** A panel another module adds to the agreement page, ready to render. */
    record PanelView(String titleKey, String template, String selector, Object model) {}

    AgreementPagesController(AgreementService agreements, AgreementCalendar calendar, MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<org.liaison.agreements.AgreementPanel> panels) {
        this.agreements = agreements;
        this.calendar = calendar;
        this.messages = messages;
        this.panels = panels.orderedStream()
                .sorted(java.util.Comparator.comparingInt(org.liaison.agreements.AgreementPanel::order)).toList();
    }

    @GetMapping("/agreements")
    String list(@RequestParam(required = false) @Nullable AgreementKind kind,
            @RequestParam(required = false) @Nullable AgreementStatus status,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable Integer expiring, Model model) {
        var days = expiring == null ? null : Math.max(0, Math.min(expiring, 3650));
        var filter = new AgreementFilter(kind, status, country == null || country.isBlank() ? null : country.strip(), days, null);
        model.addAttribute("agreements", agreements.list(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", AgreementStatus.values());
        return "agreements/list";
    }

    @GetMapping(path = "/agreements/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(java.util.Locale locale) {
        return ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"agreements.ics\"")
                .body(calendar.render(locale));
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable UUID id, Model model) {
        model.addAttribute("agreement", agreements.agreement(id));
        model.addAttribute("milestones", agreements.milestones(id));
        model.addAttribute("documents", agreements.documents(id));
        model.addAttribute("canManage", agreements.canManage());
        model.addAttribute("maxMegabytes", 20);
        var agreement = new org.liaison.agreements.AgreementId(id);
        model.addAttribute("panels", panels.stream().<PanelView>mapMulti((panel, out) -> {
            String[] fragment = panel.fragment().split("::", 2);
            panel.model(agreement).ifPresent(m -> out.accept(new PanelView(panel.titleKey(), fragment[0].strip(),
                    fragment[1].strip(), m)));
        }).toList());
        return "agreements/agreement";
    }

    @PostMapping("/agreements/{id}/transitions/{transition}")
    String transition(@PathVariable UUID id, @PathVariable String transition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            RedirectAttributes redirect) {
        var move = Transition.ofPath(transition).filter(Transition::manual)
                .orElseThrow(() -> new NotFoundException("transition", transition));
        try {
            agreements.transition(id, move, null, date);
        } catch (RuleViolationException e) {
            refused(e, redirect);
        }
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/agreements/{id}/milestones")
    String addMilestone(@PathVariable UUID id, @RequestParam String title, @RequestParam UUID ownerId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
        try {
            agreements.addMilestone(id, new MilestoneDraft(title, ownerId, dueOn, false));
        } catch (RuleViolationException e) {
            refused(e, redirect);
        }
        return "redirect:/agreements/" + id + "#milestones";
    }

    @PostMapping("/agreements/{id}/milestones/{milestoneId}/done")
    String markDone(@PathVariable UUID id, @PathVariable UUID milestoneId, RedirectAttributes redirect) {
        try {
            agreements.markDone(id, milestoneId, null);
        } catch (RuleViolationException e) {
            refused(e, redirect);
        }
        return "redirect:/agreements/" + id + "#milestones";
    }

    @PostMapping("/agreements/{id}/documents")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable UUID document, RedirectAttributes redirect) throws IOException {
        // without a file, an empty upload: refused as an unknown type once access is checked
        String name = file == null || file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            agreements.upload(id, document, name, in);
        } catch (RuleViolationException e) {
            refused(e, redirect);
        } catch (DocumentTooLargeException e) {
            redirect.addFlashAttribute("error", messages.getMessage("error.too-large", null, "Too large",
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/agreements/" + id + "#documents";
    }

    @GetMapping("/agreements/{id}/documents/{documentId}/versions/{number}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId,
            @PathVariable int number) {
        return Downloads.of(agreements.download(id, documentId, number));
    }

    private void refused(RuleViolationException e, RedirectAttributes redirect) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        redirect.addFlashAttribute("error", messages.getMessage("error." + e.code(), null, e.getMessage(), locale));
        if (e.details().get("allowedTransitions") instanceof List<?> allowed) {
            redirect.addFlashAttribute("allowed", allowed);
        }
    }
}
