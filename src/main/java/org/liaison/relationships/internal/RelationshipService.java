package org.liaison.relationships.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.relationships.RelationshipId;
import org.liaison.relationships.RelationshipStageChanged;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationships facade: a relationship's life in the pipeline (started, moved, planned, moved
 * by a signed agreement, carried over when organizations merge) and reading one, under
 * {@link RelationshipAccess}'s rule. Beside it: {@link RelationshipBoard} (board, table, coverage),
 * {@link RelationshipStageLabels}, {@link RelationshipStrength}, {@link RelationshipPaths}
 * (introduction paths) and {@link RelationshipInteractions} (engagements recorded on relationships).
 */
@Service
@Transactional
public class RelationshipService implements Relationships {

    private final RelationshipRepository relationships;
    private final RelationshipCards cards;
    private final EngagementParties parties;
    private final DirectoryQueries directory;
    private final RelationshipAccess access;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RelationshipService(RelationshipRepository relationships, RelationshipCards cards, EngagementParties parties,
            DirectoryQueries directory, RelationshipAccess access, CurrentViewer viewer,
            ApplicationEventPublisher events, Clock clock) {
        this.relationships = relationships;
        this.cards = cards;
        this.parties = parties;
        this.directory = directory;
        this.access = access;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // ---- commands

    /** Starts the hub's relationship with an organization the caller may see. */
    public RelationshipView create(OrganizationId organization, @Nullable Stage stage, @Nullable UUID owner,
            @Nullable String nextStep, @Nullable LocalDate nextStepDue, @Nullable String reason) {
        access.requireManager();
        var summary = directory.summary(organization)
                .orElseThrow(() -> new NotFoundException("organization", organization));
        if (summary.mergedInto() != null) {
            throw new RuleViolationException("relationship-merged-organization",
                    "The organization was merged; start the relationship with the one it was merged into");
        }
        if (directory.homeHub().map(h -> h.id().equals(organization)).orElse(false)) {
            throw new RuleViolationException("relationship-with-hub", "The hub has no relationship with itself");
        }
        if (relationships.findByOrganization(organization.value()).isPresent()) {
            throw new RuleViolationException("relationship-exists", "The hub already has a relationship with this organization");
        }
        Instant now = clock.instant();
        Stage start = stage == null ? Stage.PROSPECT : stage;
        var relationship = new Relationship(organization, start, owner, reason, viewer.get().userId(), now);
        relationship.planNextStep(nextStep, nextStepDue, now);
        var saved = relationships.saveAndFlush(relationship);
        cards.refresh(List.of(saved.getId()));
        events.publishEvent(new RelationshipStageChanged(new RelationshipId(saved.getId()), organization, null, start,
                saved.getHistory().getFirst().reason(), viewer.get().userId(), now));
        return RelationshipAccess.view(saved, summary);
    }

    /** Moves a relationship to another stage, based on the version the caller read. */
    public RelationshipView moveTo(UUID id, long expectedVersion, Stage stage, @Nullable String reason) {
        var relationship = access.readable(id);
        access.requireManager();
        Versions.check("relationship", id, expectedVersion, relationship.getVersion());
        Instant now = clock.instant();
        var change = relationship.moveTo(stage, reason, viewer.get().userId(), now);
        var saved = relationships.saveAndFlush(relationship);
        publish(saved, change);
        return access.view(saved);
    }

    /** Changes the owner and the next step, based on the version the caller read. */
    public RelationshipView plan(UUID id, long expectedVersion, @Nullable UUID owner, @Nullable String nextStep,
            @Nullable LocalDate nextStepDue) {
        var relationship = access.readable(id);
        access.requireManager();
        Versions.check("relationship", id, expectedVersion, relationship.getVersion());
        Instant now = clock.instant();
        relationship.assign(owner, now);
        relationship.planNextStep(nextStep, nextStepDue, now);
        return access.view(relationships.saveAndFlush(relationship));
    }

    @Override
    public void agreementSigned(OrganizationId organization, String reason) {
        var current = directory.current(organization);
        Instant now = clock.instant();
        var relationship = relationships.findByOrganization(current.value()).orElse(null);
        if (relationship == null) {
            var created = relationships.saveAndFlush(new Relationship(current, Stage.AGREEMENT, null, reason, null, now));
            cards.refresh(List.of(created.getId()));
            events.publishEvent(new RelationshipStageChanged(new RelationshipId(created.getId()), current, null,
                    Stage.AGREEMENT, reason, null, now));
            return;
        }
        var change = relationship.agreementSigned(reason, now);
        if (change != null) {
            publish(relationships.saveAndFlush(relationship), change);
        }
    }

    /**
     * Moves the relationship of a merged organization to the survivor: repointed when the survivor
     * has none, otherwise absorbed into the survivor's (history and interactions kept). Idempotent.
     */
    public void organizationsMerged(OrganizationId merged, OrganizationId survivor) {
        var target = directory.current(survivor);
        for (var party : parties.findByOrganization(merged.value())) {
            var alreadyThere = parties.findByEngagement(party.engagement()).stream()
                    .anyMatch(p -> p.organization().equals(target.value()));
            if (!alreadyThere) {
                parties.save(new EngagementParty(party.engagement(), target.value(), party.date(), party.kind()));
            }
            parties.delete(party);
        }
        var duplicate = relationships.findByOrganization(merged.value());
        if (duplicate.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        var existing = relationships.findByOrganization(target.value());
        if (existing.isEmpty()) {
            duplicate.get().repoint(target, now);
            relationships.saveAndFlush(duplicate.get());
            cards.refresh(List.of(duplicate.get().getId()));
        } else {
            existing.get().absorb(duplicate.get(), now);
            relationships.delete(duplicate.get());
            relationships.flush();
            relationships.save(existing.get());
        }
    }

    // ---- queries

    @Override
    @Transactional(readOnly = true)
    public Optional<Stage> stageOf(OrganizationId organization) {
        if (!viewer.get().isStaff()) {
            return Optional.empty();
        }
        return relationships.findByOrganization(directory.current(organization).value()).map(Relationship::getStage);
    }

    @Transactional(readOnly = true)
    public RelationshipView get(UUID id) {
        return access.view(access.readable(id));
    }

    @Transactional(readOnly = true)
    public List<StageChange> history(UUID id) {
        return access.readable(id).getHistory();
    }

    // ---- helpers

    private void publish(Relationship relationship, StageChange change) {
        events.publishEvent(new RelationshipStageChanged(new RelationshipId(relationship.getId()),
                relationship.getOrganization(), change.from(), change.to(), change.reason(), change.by(), change.at()));
    }
}
