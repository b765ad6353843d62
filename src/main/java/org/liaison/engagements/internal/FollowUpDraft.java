package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new follow-up: what, who (a user id; the caller when null), by when. */
public record FollowUpDraft(String title, @Nullable UUID owner, @Nullable LocalDate dueDate) {}
