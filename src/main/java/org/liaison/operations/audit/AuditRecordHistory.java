package org.liaison.operations.audit;

import java.util.List;
import java.util.UUID;

import org.liaison.shared.RecordHistory;
import org.springframework.stereotype.Component;

/** {@link RecordHistory} for the modules' history panels, read from the {@link AuditTrail}. */
@Component
class AuditRecordHistory implements RecordHistory {

    private final AuditTrail audit;

    AuditRecordHistory(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public List<Entry> of(String table, UUID id, int limit) {
        return audit.history(table, id.toString()).stream().limit(Math.max(0, limit))
                .map(e -> new Entry(e.changedAt(), e.user(), e.action(),
                        e.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList()))
                .toList();
    }
}
