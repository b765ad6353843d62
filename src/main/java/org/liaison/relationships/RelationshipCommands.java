package org.liaison.relationships;

import org.liaison.directory.OrganizationId;

/**
 * What other modules (ingestion) record about the hub's relationships, as the current viewer:
 * only administrators and cooperation managers may.
 */
public interface RelationshipCommands {

    /**
     * The hub has shown interest in an organization ("seeks partnership with", "plans deeper
     * cooperation with"): a relationship at {@code stage} is started when there is none. An
     * existing relationship is left as it is, so a repeated call is harmless. The home hub itself
     * is ignored.
     *
     * @return true when a relationship was started
     */
    boolean interestShown(OrganizationId organization, Stage stage, String reason);
}
