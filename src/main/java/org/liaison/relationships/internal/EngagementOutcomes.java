package org.liaison.relationships.internal;

import java.time.Clock;

import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementOutcome;
import org.liaison.relationships.RelationshipId;
import org.liaison.relationships.RelationshipStageChanged;
import org.liaison.relationships.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An engagement's outcome that proposes a stage moves the relationships with its partner
 * organizations forward to it, with the engagement as the reason in the stage history. Never
 * backwards, never out of DORMANT (a person decides that), never the hub itself; an organization
 * without a relationship gets one at the proposed stage. Idempotent: a proposal already recorded
 * for the same engagement and stage changes nothing. Called by {@link RelationshipListeners} for
 * {@link org.liaison.engagements.EngagementLogged}, in the transaction that records the interaction.
 */
@Component
class EngagementOutcomes {

    private final RelationshipRepository relationships;
    private final DirectoryQueries directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementOutcomes(RelationshipRepository relationships, DirectoryQueries directory, ApplicationEventPublisher events,
            Clock clock) {
        this.relationships = relationships;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many relationships moved or were created. */
    @Transactional
    public int apply(EngagementId engagement, EngagementOutcome outcome) {
        var target = Stage.valueOf(outcome.stage().name());
        String reason = reason(engagement, outcome);
        var hub = directory.homeHub().map(h -> h.id()).orElse(null);
        int changed = 0;
        for (OrganizationId organization : outcome.partners()) {
            var current = directory.current(organization);
            if (current.equals(hub)) {
                continue;
            }
            var now = clock.instant();
            var relationship = relationships.findByOrganization(current.value()).orElse(null);
            if (relationship == null) {
                var created = relationships.saveAndFlush(new Relationship(current, target, null, reason, null, now));
                events.publishEvent(new RelationshipStageChanged(new RelationshipId(created.getId()), current, null,
                        target, reason, null, now));
                changed++;
                continue;
            }
            boolean recorded = relationship.getHistory().stream()
                    .anyMatch(c -> c.to() == target && reason.equals(c.reason()));
            if (recorded || !relationship.getStage().isBehind(target)) {
                continue;
            }
            var change = relationship.moveTo(target, reason, null, now);
            var saved = relationships.saveAndFlush(relationship);
            events.publishEvent(new RelationshipStageChanged(new RelationshipId(saved.getId()),
                    saved.getOrganization(), change.from(), change.to(), change.reason(), change.by(), change.at()));
            changed++;
        }
        return changed;
    }

    /** "Outcome of: Meeting with NEC (engagement 3f2…)": the engagement named in the history. */
    static String reason(EngagementId engagement, EngagementOutcome outcome) {
        String title = outcome.title().length() > 800 ? outcome.title().substring(0, 800) : outcome.title();
        return "Outcome of: " + title + " (engagement " + engagement.value() + ")";
    }
}
