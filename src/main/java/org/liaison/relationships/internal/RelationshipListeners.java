package org.liaison.relationships.internal;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationsMerged;
import org.liaison.engagements.EngagementLogged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps relationships in step with other modules, after their commits. Each reaction is
 * idempotent: a publication delivered again changes nothing.
 */
@Component
class RelationshipListeners {

    private final RelationshipService relationships;

    RelationshipListeners(RelationshipService relationships) {
        this.relationships = relationships;
    }

    /** The merged organization's relationship moves to the survivor, or into its relationship. */
    @ApplicationModuleListener
    void on(OrganizationsMerged event) {
        ViewerContext.run(Viewer.system("relationships"),
                () -> relationships.organizationsMerged(event.merged(), event.survivor()));
    }

    /**
     * An engagement with organizations updates their relationships (last contact, strength); one
     * logged again with other values replaces its interaction, and organizations no longer taking
     * part forget it.
     */
    @ApplicationModuleListener
    void on(EngagementLogged event) {
        ViewerContext.run(Viewer.system("relationships"), () -> relationships.recordInteraction(
                event.engagement().value(), event.organizations(), event.date(), event.kind()));
    }
}
