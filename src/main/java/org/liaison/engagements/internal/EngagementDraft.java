package org.liaison.engagements.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementKind;

/** What a user writes about an engagement; the server owns id, version, access and times. */
public record EngagementDraft(EngagementKind kind, String title, Schedule schedule, @Nullable String place,
        @Nullable String city, @Nullable String country, @Nullable String description, @Nullable String notes,
        @Nullable String outcomes, @Nullable UUID parent, List<ParticipantInput> participants) {

    public EngagementDraft {
        participants = List.copyOf(participants);
    }
}
