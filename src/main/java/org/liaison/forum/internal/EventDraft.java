package org.liaison.forum.internal;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the organiser sets for a brokerage event. */
public record EventDraft(String title, String timeZone, SlotPlan slots, int sharedTables,
        @Nullable LocalDate registrationOpens, @Nullable LocalDate registrationCloses, @Nullable Integer maxMeetings,
        Map<ParticipantType, Integer> typeCaps) {

    public EventDraft {
        typeCaps = Map.copyOf(typeCaps);
    }
}
