package org.liaison.news.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** When to publish an item, as an instant (e.g. {@code 2031-01-01T09:00:00Z}). */
record ScheduleBody(@NotNull Instant at, @Nullable Long version) {}
