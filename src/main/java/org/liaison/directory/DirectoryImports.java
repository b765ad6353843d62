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

    /** The organizations the viewer may see, not merged ones. */
    List<KnownOrganization> organizations();

    /** The people the viewer may see. */
    List<KnownPerson> people();

    /**
     * Fills only the empty fields of an organization (never overwrites one that is set) and adds
     * the missing aliases; returns the names of the fields it filled ("city", "aliases"...).
     */
    List<String> fillEmpty(OrganizationId organization, Fill fill);
}
