package org.liaison.operations.audit;

import java.util.List;
import java.util.UUID;

import org.liaison.shared.RecordHistory;
import org.springframework.stereotype.Component;

/** The audit trail of one record for other modules' history panels (see {@link RecordHistory}). */
@Component
class AuditRecordHistory implements RecordHistory {

    private final AuditTrail audit;

    AuditRecordHistory(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public List<Entry> of(String type, UUID id, int limit) {
        if (!audit.hasTable(type + "_aud")) {
            return List.of();
        }
        var entries = audit.history(type, id.toString());
        return entries.stream().limit(Math.max(0, limit))
                .map(e -> new Entry(e.changedAt(), e.user(), e.action(),
                        e.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList()))
                .toList();
    }
}
