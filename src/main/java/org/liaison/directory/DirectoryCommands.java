package org.liaison.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What other modules (ingestion, imports) write into the directory, as the current viewer: only
 * administrators and cooperation managers may. Every method goes through the directory's own
 * service and rules, so the records look exactly as if they were entered on the pages.
 */
public interface DirectoryCommands {

    /** A new organization: its primary name (English), other names as aliases, kind and country. */
    record NewOrganization(String name, List<String> aliases, OrganizationKind kind, @Nullable String country,
            @Nullable String description) {

        public NewOrganization {
            aliases = List.copyOf(aliases);
        }
    }

    OrganizationId registerOrganization(NewOrganization organization);

    /** Adds the names among {@code aliases} that the organization does not carry yet; returns how many. */
    int addAliases(OrganizationId organization, List<String> aliases);

    PersonId registerPerson(String name, @Nullable String description);

    /** A person's role at an organization, unless the same affiliation exists already. */
    void affiliate(PersonId person, OrganizationId organization, @Nullable String role);
}
