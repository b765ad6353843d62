package org.liaison.access.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it in a list: never the token or its hash. */
public record TokenView(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt, @Nullable Instant revokedAt, boolean active) {}
