package org.liaison.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What imports (the operations module) need of the directory beyond {@link DirectoryCommands}: every
 * organization and person the current viewer may see, with the fields duplicate matching compares,
 * and filling the empty fields of an existing organization without overwriting any that is set.
 * Writing needs an administrator or cooperation manager, as in {@link DirectoryCommands}.
 */
public interface DirectoryImports {

    /** An organization as duplicate matching sees it: every name (aliases included) and its fields. */
    record KnownOrganization(OrganizationId id, List<String> names, OrganizationKind kind, @Nullable String country,
            @Nullable String city, @Nullable String website, @Nullable String description) {

        public KnownOrganization {
            names = List.copyOf(names);
        }
    }

    record KnownPerson(PersonId id, List<String> names) {

        public KnownPerson {
            names = List.copyOf(names);
        }
    }

    /**
     * Values for an organization's empty fields: a kind fills "other", the rest fill what is blank;
     * aliases are added when the organization does not carry the name yet. Null means nothing to fill.
     */
    record Fill(@Nullable OrganizationKind kind, @Nullable String country, @Nullable String city,
            @Nullable String website, @Nullable String description, List<String> aliases) {

        public Fill {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A new organization as an import row carries it, every field at once (no second write to fill
     * the city and website). The website is kept as an http(s) address: "example.org" is stored as
     * "https://example.org", as {@link #fillEmpty} stores it.
     */
    record ImportedOrganization(String name, List<String> aliases, OrganizationKind kind, @Nullable String country,
            @Nullable String city, @Nullable String website, @Nullable String description) {

        public ImportedOrganization {
            aliases = List.copyOf(aliases);
        }
    }

    /** The organizations the viewer may see, not merged ones. */
    List<KnownOrganization> organizations();

    /** The people the viewer may see. */
    List<KnownPerson> people();

    /**
     * Fills only the empty fields of an organization (never overwrites one that is set) and adds
     * the missing aliases; returns the names of the fields it filled ("city", "aliases"...).
     */
    List<String> fillEmpty(OrganizationId organization, Fill fill);

    /**
     * Registers an organization with the rules of {@link DirectoryCommands#registerOrganization}
     * (administrators and cooperation managers; {@link OrganizationRegistered} is published), but
     * written at the caller's transaction's next flush or commit instead of at once: an import writes
     * a whole batch of rows to the database together (one flush, JDBC batches) instead of row by row.
     */
    OrganizationId register(ImportedOrganization organization);

    /** Registers a person (one primary name), written with the caller's transaction as {@link #register}. */
    PersonId registerPerson(String name);

    /**
     * Affiliates a person the caller registered in the same transaction or run and has not affiliated
     * with this organization yet: unlike {@link DirectoryCommands#affiliate} it does not look for an
     * existing affiliation (a query, which would flush the batch row by row).
     */
    void affiliateNewPerson(PersonId person, OrganizationId organization, @Nullable String role);
}
