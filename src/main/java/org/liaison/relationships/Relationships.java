package org.liaison.relationships;

import java.util.Optional;

import org.liaison.directory.OrganizationId;

/** What other modules do with relationships: read a stage, and move it when an agreement is signed. */
public interface Relationships {

    /** The stage of the hub's relationship with an organization, if there is one (staff and system only). */
    Optional<Stage> stageOf(OrganizationId organization);

    /**
     * For the agreements module: an agreement with the organization was signed, so its relationship
     * moves to AGREEMENT (created if there was none). A signed agreement is evidence: it skips the
     * guard that refuses manual moves to AGREEMENT before ENGAGED. Nothing changes when the
     * relationship is already at AGREEMENT or ACTIVE, so a repeated call is harmless.
     */
    void agreementSigned(OrganizationId organization, String reason);
}
