package org.liaison.engagements.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.ProposedStage;

/**
 * What a user writes about an engagement; the server owns id, version, access and times.
 *
 * @param proposedStage the stage its outcome proposes for the relationships with the partner organizations
 */
public record EngagementDraft(EngagementKind kind, String title, Schedule schedule, @Nullable String place,
        @Nullable String city, @Nullable String country, @Nullable String description, @Nullable String notes,
        @Nullable String outcomes, @Nullable UUID parent, List<ParticipantInput> participants,
        @Nullable ProposedStage proposedStage) {

    public EngagementDraft {
        participants = List.copyOf(participants);
    }

    /** A draft whose outcome proposes no stage. */
    public EngagementDraft(EngagementKind kind, String title, Schedule schedule, @Nullable String place,
            @Nullable String city, @Nullable String country, @Nullable String description, @Nullable String notes,
            @Nullable String outcomes, @Nullable UUID parent, List<ParticipantInput> participants) {
        this(kind, title, schedule, place, city, country, description, notes, outcomes, parent, participants, null);
    }
}
