package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementKind;

/** List filters; from/to are inclusive dates of the start, in UTC; country is where it took place (ISO alpha-2). */
public record EngagementFilter(@Nullable EngagementKind kind, @Nullable UUID organization, @Nullable LocalDate from,
        @Nullable LocalDate to, @Nullable String country) {

    public EngagementFilter(@Nullable EngagementKind kind, @Nullable UUID organization, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this(kind, organization, from, to, null);
    }

    public static EngagementFilter none() {
        return new EngagementFilter(null, null, null, null, null);
    }
}
