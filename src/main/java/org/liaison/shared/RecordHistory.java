package org.liaison.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The audit trail of one record, for a module's own pages (its "history" panel): each change with
 * who, when and the fields before and after, newest first. Implemented by operations from the
 * Envers tables ({@code <type>_aud}); absent when operations is not there. The caller decides who
 * may see it (the same rule as for the record itself).
 */
public interface RecordHistory {

    /** A field's value before and after a change; null where it had none. */
    record Change(String field, @Nullable String before, @Nullable String after) {}

    /** One change: CREATED, CHANGED or DELETED, by whom and when (UTC). */
    record Entry(Instant changedAt, String user, String action, List<Change> changes) {

        public Entry {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The newest {@code limit} changes of a record.
     *
     * @param type the audited table's name, e.g. {@code fund} or {@code deal}
     */
    List<Entry> of(String type, UUID id, int limit);
}
