package org.liaison.forum.schedule;

import java.util.List;

/**
 * What the scheduler is given (see docs/forum-schedule.md): slots in time order, the number of
 * shared tables, participants, accepted meetings, meetings locked in place and the last published
 * schedule.
 */
public record Instance(List<Slot> slots, int sharedTables, List<Participant> participants, List<Meeting> meetings,
        List<Placement> locked, List<Placement> previous) {

    public Instance {
        slots = slots == null ? List.of() : List.copyOf(slots);
        participants = participants == null ? List.of() : List.copyOf(participants);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        locked = locked == null ? List.of() : List.copyOf(locked);
        previous = previous == null ? List.of() : List.copyOf(previous);
    }
}
