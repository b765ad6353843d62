package org.liaison.operations.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.operations.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators: search, and export as JSON or CSV. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Operations")
class AuditApi {

    private final AuditTrail audit;
    private final CurrentViewer viewer;

    AuditApi(AuditTrail audit, CurrentViewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    @GetMapping
    @Operation(summary = "Changes to records, newest first",
            description = "Filters: type (e.g. organization), id, user, from/to (ISO instants, to exclusive), limit (at most 5000)."
                    + " format=csv exports one line per changed field.")
    ResponseEntity<?> changes(@RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String id, @RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "500") int limit, @RequestParam(defaultValue = "json") String format) {
        requireAdministrator();
        var entries = audit.search(new AuditTrail.Query(blank(type), blank(id), blank(user), from, to, limit));
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(entries);
        }
        var lines = Stream.concat(Stream.of(Csv.line("revision", "changedAt", "user", "type", "id", "action", "field", "before", "after")),
                entries.stream().flatMap(e -> (e.changes().isEmpty() ? List.of(new AuditTrail.Change("", null, null)) : e.changes())
                        .stream().map(c -> Csv.line(String.valueOf(e.revision()), e.changedAt().toString(), e.user(), e.type(),
                                e.id(), e.action(), c.field(), c.before(), c.after()))));
        return csv(lines.collect(Collectors.joining()), "audit.csv");
    }

    @GetMapping("/security-events")
    @Operation(summary = "Sign-ins, failed sign-ins, sign-outs, refused requests and API tokens, newest first")
    ResponseEntity<?> securityEvents(@RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "500") int limit, @RequestParam(defaultValue = "json") String format) {
        requireAdministrator();
        var events = audit.securityEvents(blank(user), from, to, limit);
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(events);
        }
        var lines = Stream.concat(Stream.of(Csv.line("id", "occurredAt", "kind", "user", "remoteAddress", "detail")),
                events.stream().map(e -> Csv.line(String.valueOf(e.id()), e.occurredAt().toString(), e.kind(), e.user(),
                        e.remoteAddress(), e.detail())));
        return csv(lines.collect(Collectors.joining()), "security-events.csv");
    }

    private static ResponseEntity<byte[]> csv(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireAdministrator() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators read the audit trail");
        }
    }
}
