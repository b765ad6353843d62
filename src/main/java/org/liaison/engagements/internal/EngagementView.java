package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Visibility;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.ProposedStage;

/** An engagement as pages and the API show it; start and end are in its own time zone. */
public record EngagementView(UUID id, long version, EngagementKind kind, String title, ZonedDateTime start,
        @Nullable ZonedDateTime end, String timeZone, @Nullable String place, @Nullable String city,
        @Nullable String country, @Nullable String description, @Nullable String notes, @Nullable String outcomes,
        @Nullable UUID parent, List<ParticipantView> participants, Visibility visibility, Instant createdAt,
        Instant updatedAt, @Nullable ProposedStage proposedStage) {

    public EngagementView {
        participants = List.copyOf(participants);
    }
}
