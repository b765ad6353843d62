package org.liaison.engagements;

import java.util.List;

import org.liaison.directory.OrganizationId;

/**
 * What an engagement's outcome proposes for the relationships with its partner organizations, as
 * carried by {@link EngagementLogged}: relationships move forward to {@code stage} (never back),
 * with the engagement named as the reason in their stage history.
 *
 * @param title    the engagement's title, for the reason recorded with the move
 * @param partners the participating organizations on the partner side
 */
public record EngagementOutcome(String title, List<OrganizationId> partners, ProposedStage stage) {

    public EngagementOutcome {
        partners = List.copyOf(partners);
    }
}
