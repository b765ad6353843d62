package org.liaison.forum.schedule;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A registered participant: the slots it is available in, the booth it hosts its meetings at (if
 * any) and the organiser's cap on its meetings ({@code null}: no cap).
 */
public record Participant(String id, @Nullable String organization, List<String> available,
        @Nullable String booth, @Nullable Integer maxMeetings) {

    public Participant {
        available = available == null ? List.of() : List.copyOf(available);
    }
}
