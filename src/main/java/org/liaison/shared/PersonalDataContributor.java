package org.liaison.shared;

import java.util.Map;
import java.util.UUID;

/**
 * A module's part of a person's personal data (a person of the directory, by id): what it holds
 * about them, for an export, and erasing it. Every module that stores something about people
 * registers one bean; operations collects them for {@code /api/v1/admin/personal-data/{person}}.
 * Both run as the system, inside one transaction, so they read through the module's own
 * repositories without access filtering; the caller has checked that an administrator asks.
 *
 * <p>It lives in {@code shared} rather than in operations: operations shows the directory's
 * organization page a history panel, so a directory depending on operations would make a cycle.
 */
public interface PersonalDataContributor {

    /** The key of this module's part in the export, e.g. {@code directory}. */
    String module();

    /** Everything this module holds about the person, as JSON-ready values; empty when nothing. */
    Map<String, Object> export(UUID person);

    /**
     * Removes the person from this module: deletes what is theirs, drops references to them
     * (and from the search index: entities deleted through JPA leave it by themselves). Erasing a
     * person already gone does nothing.
     */
    void erase(UUID person);
}
