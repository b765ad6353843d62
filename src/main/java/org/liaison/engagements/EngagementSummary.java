package org.liaison.engagements;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;

/**
 * An engagement as other modules show it.
 *
 * @param date the local date of its start, in its own time zone
 * @param country where it took place (ISO 3166-1 alpha-2), when known
 */
public record EngagementSummary(EngagementId id, EngagementKind kind, String title, LocalDate date,
        @Nullable String country, List<OrganizationId> organizations) {

    public EngagementSummary {
        organizations = List.copyOf(organizations);
    }
}
