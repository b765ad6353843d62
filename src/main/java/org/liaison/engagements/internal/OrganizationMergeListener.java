package org.liaison.engagements.internal;

import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Moves participants from a merged organization to the one that now stands for it; idempotent. */
@Component
class OrganizationMergeListener {

    private final EngagementService engagements;
    private final DirectoryQueries directory;

    OrganizationMergeListener(EngagementService engagements, DirectoryQueries directory) {
        this.engagements = engagements;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(OrganizationsMerged merged) {
        // The survivor may itself have been merged since: follow the chain to today's organization.
        engagements.replaceOrganization(merged.merged(), directory.current(merged.survivor()));
    }
}
