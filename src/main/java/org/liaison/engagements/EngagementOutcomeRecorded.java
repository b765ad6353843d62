package org.liaison.engagements;

import java.time.LocalDate;
import java.util.List;

import org.liaison.directory.OrganizationId;

/**
 * Published when a logged engagement's outcome proposes a stage for the relationships with its
 * partner organizations (on creation, or when an edit sets or changes the proposal). Listeners
 * (relationships) move a relationship forward only, and must be idempotent: the same engagement
 * may be published again.
 *
 * @param organizations the participating organizations on the partner side
 * @param title         the engagement's title, for the reason recorded with the move
 * @param date          the local date of the start, in the engagement's own time zone
 */
public record EngagementOutcomeRecorded(EngagementId engagement, String title, List<OrganizationId> organizations,
        ProposedStage stage, LocalDate date) {

    public EngagementOutcomeRecorded {
        organizations = List.copyOf(organizations);
    }
}
