package org.liaison.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The known links of the directory, for graphs such as introduction paths: the relations between
 * organizations and the affiliations of people with them.
 */
public record DirectoryLinks(List<RelationLink> relations, List<AffiliationLink> affiliations) {

    public DirectoryLinks {
        relations = List.copyOf(relations);
        affiliations = List.copyOf(affiliations);
    }

    /** {@code from} (type) {@code to}, e.g. Toshiba MEMBER_OF Keidanren, over a period. */
    public record RelationLink(UUID id, OrganizationId from, RelationType type, OrganizationId to,
            @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {}

    /** A person's role at an organization over a period, with the person's primary name. */
    public record AffiliationLink(UUID id, PersonId person, String personName, OrganizationId organization,
            @Nullable String role, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {}
}
