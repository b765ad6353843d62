package org.liaison.relationships.internal;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationsMerged;
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
}
