package org.liaison.engagements;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;

/**
 * Published when an engagement with organizations is logged: created, or its date, its
 * participating organizations or the stage its outcome proposes changed. Listeners
 * (relationships: last contact, strength, stage) must be idempotent: the same engagement may be
 * logged again with the same or other values.
 *
 * <p>The outcome travels on this event, not on one of its own, so that relationships records the
 * interaction and the stage move in one transaction: two listeners changing the same relationship
 * at once would refuse each other's write.
 *
 * @param organizations every participating organization, on both sides
 * @param date the local date of the start, in the engagement's own time zone
 * @param kind the {@link EngagementKind} constant name, e.g. {@code MEETING}
 * @param outcome the stage the outcome proposes for the partners' relationships, if any
 */
public record EngagementLogged(EngagementId engagement, List<OrganizationId> organizations, LocalDate date, String kind,
        @Nullable EngagementOutcome outcome) {

    public EngagementLogged {
        organizations = List.copyOf(organizations);
    }

    /** An engagement whose outcome proposes no stage. */
    public EngagementLogged(EngagementId engagement, List<OrganizationId> organizations, LocalDate date, String kind) {
        this(engagement, organizations, date, kind, null);
    }
}
