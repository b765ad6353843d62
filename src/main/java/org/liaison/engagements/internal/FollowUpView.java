package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A follow-up task with the title of its engagement. */
public record FollowUpView(UUID id, long version, UUID engagement, String engagementTitle, String title, UUID owner,
        @Nullable LocalDate dueDate, boolean done, @Nullable Instant doneAt, boolean overdue, boolean sample) {}
