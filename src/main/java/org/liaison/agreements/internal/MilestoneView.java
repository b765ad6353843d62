package org.liaison.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A milestone as the API and pages show it; {@code canMarkDone} is for the current viewer. */
public record MilestoneView(UUID id, long version, UUID agreementId, String title, UUID ownerId,
        @Nullable String ownerName, LocalDate dueOn, MilestoneStatus status, @Nullable Instant doneAt, boolean sample,
        boolean canMarkDone) {}
