package org.liaison.operations.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.operations.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' audit page: changes to records and security events, searchable. */
@Controller
class AuditPageController {

    private final AuditTrail audit;
    private final CurrentViewer viewer;

    AuditPageController(AuditTrail audit, CurrentViewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    /** {@code from} and {@code to} are days in UTC, both included. */
    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators read the audit trail");
        }
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        model.addAttribute("types", audit.types());
        model.addAttribute("type", blank(type));
        model.addAttribute("id", blank(id));
        model.addAttribute("user", blank(user));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("entries", audit.search(new AuditTrail.Query(blank(type), blank(id), blank(user), start, end, 200)));
        model.addAttribute("events", audit.securityEvents(blank(user), start, end, 100));
        return "operations/audit";
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
