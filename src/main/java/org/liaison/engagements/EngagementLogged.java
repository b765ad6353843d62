package org.liaison.engagements;

import java.time.LocalDate;
import java.util.List;

import org.liaison.directory.OrganizationId;

/**
 * Published when an engagement with organizations is logged: created, or its date or its
 * participating organizations changed. Listeners (relationships: last contact, strength) must be
 * idempotent: the same engagement may be logged again with the same or other values.
 *
 * @param organizations every participating organization, on both sides
 * @param date the local date of the start, in the engagement's own time zone
 * @param kind the {@link EngagementKind} constant name, e.g. {@code MEETING}
 */
public record EngagementLogged(EngagementId engagement, List<OrganizationId> organizations, LocalDate date, String kind) {

    public EngagementLogged {
        organizations = List.copyOf(organizations);
    }
}
