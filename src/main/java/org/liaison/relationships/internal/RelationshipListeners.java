package org.liaison.relationships.internal;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationChanged;
import org.liaison.directory.OrganizationsMerged;
import org.liaison.engagements.EngagementLogged;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps relationships in step with other modules, after their commits. Each reaction is
 * idempotent: a publication delivered again changes nothing.
 */
@Component
class RelationshipListeners {

    /** Attempts at an engagement's effects when another write to the same relationship came first. */
    static final int ATTEMPTS = 3;

    private final RelationshipService relationships;
    private final RelationshipInteractions interactions;
    private final EngagementOutcomes outcomes;
    private final TransactionTemplate attempt;
    private final RelationshipCards cards;

    RelationshipListeners(RelationshipService relationships, RelationshipInteractions interactions,
            EngagementOutcomes outcomes, RelationshipCards cards, PlatformTransactionManager transactions) {
        this.relationships = relationships;
        this.interactions = interactions;
        this.outcomes = outcomes;
        this.cards = cards;
        this.attempt = new TransactionTemplate(transactions);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The merged organization's relationship moves to the survivor, or into its relationship. */
    @ApplicationModuleListener
    void on(OrganizationsMerged event) {
        ViewerContext.run(Viewer.system("relationships"),
                () -> relationships.organizationsMerged(event.merged(), event.survivor()));
    }

    /** The card's copy of an edited organization's name, kind, country and areas follows the directory. */
    @ApplicationModuleListener
    void on(OrganizationChanged event) {
        cards.refreshOrganization(event.organization());
    }

    /**
     * An engagement with organizations updates their relationships (last contact, strength); one
     * logged again with other values replaces its interaction, and organizations no longer taking
     * part forget it. An outcome that proposes a stage then moves the partners forward, in the same
     * transaction (see {@link EngagementOutcomes}). When another write came first (two loggings of
     * one engagement in quick succession both recording it, or a user's move), it is tried again in
     * a fresh transaction on the current state, so nothing is lost.
     */
    @ApplicationModuleListener
    void on(EngagementLogged event) {
        for (int i = 1; ; i++) {
            try {
                attempt.executeWithoutResult(status -> ViewerContext.run(Viewer.system("relationships"), () -> {
                    interactions.recordInteraction(event.engagement().value(), event.organizations(), event.date(),
                            event.kind());
                    var outcome = event.outcome();
                    if (outcome != null) {
                        outcomes.apply(event.engagement(), outcome);
                    }
                }));
                return;
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                // Another delivery for the same engagement wrote first (its version, or its party rows).
                if (i >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
