package org.liaison.engagements.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A participant with its name as the viewer may see it (null when the viewer may not see it). */
public record ParticipantView(@Nullable UUID organization, @Nullable UUID person, @Nullable String name, Side side,
        @Nullable String role) {}
