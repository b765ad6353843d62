package org.liaison.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The history of one audited record (Hibernate Envers, {@code <table>_aud}): each change with
 * who, when and the fields before and after, newest first. Operations implements it from its audit
 * trail; modules show it in a history panel on their own pages. It lives in {@code shared} for
 * the reason {@link PersonalDataContributor} does: operations depends on the modules, so they
 * cannot depend on operations.
 */
public interface RecordHistory {

    /** A field's value before and after a change; null where it had none. */
    record Change(String field, @Nullable String before, @Nullable String after) {}

    /** One change: CREATED, CHANGED or DELETED, by whom (a user name or "system"), when. */
    record Entry(Instant changedAt, String user, String action, List<Change> changes) {}

    /**
     * The changes of one record, newest first, at most {@code limit}.
     *
     * @param table the audited table, e.g. {@code news_item}
     */
    List<Entry> of(String table, UUID id, int limit);
}
