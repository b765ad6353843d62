package org.liaison.relationships;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;

/**
 * Published when a relationship moves to another stage.
 *
 * @param from null when the relationship was just created at {@code to}
 * @param by the user who moved it, null for the system (e.g. a signed agreement)
 */
public record RelationshipStageChanged(RelationshipId relationship, OrganizationId organization,
        @Nullable Stage from, Stage to, @Nullable String reason, @Nullable UUID by, Instant at) {}
