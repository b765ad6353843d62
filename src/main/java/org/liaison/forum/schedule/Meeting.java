package org.liaison.forum.schedule;

import java.util.List;

/** An accepted meeting request between two or more participants, worth {@code weight} (1 or more). */
public record Meeting(String id, List<String> participants, int weight) {

    public Meeting {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
