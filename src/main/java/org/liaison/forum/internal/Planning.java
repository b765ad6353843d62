package org.liaison.forum.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The forum's scheduling problem and its answer in the shape of the scheduler contract
 * ({@code shared/contracts/forum-schedule.md}): what the scheduling job hands to the solver and
 * what it writes back onto the meetings.
 */
public final class Planning {

    private Planning() {}

    public record Slot(String id, int day) {}

    public record Person(String id, String organization, Set<String> available, @Nullable String booth,
            @Nullable Integer maxMeetings) {

        public Person {
            available = Set.copyOf(available);
        }
    }

    public record Meeting(String id, List<String> participants, int weight) {

        public Meeting {
            participants = List.copyOf(participants);
        }
    }

    public record Placement(String meeting, String slot, String table) {}

    public record Problem(List<Slot> slots, int sharedTables, List<Person> participants, List<Meeting> meetings,
            List<Placement> locked, List<Placement> previous) {

        public Problem {
            slots = List.copyOf(slots);
            participants = List.copyOf(participants);
            meetings = List.copyOf(meetings);
            locked = List.copyOf(locked);
            previous = List.copyOf(previous);
        }
    }

    /** @param moved meetings of {@code previous} now elsewhere or unscheduled */
    public record Solution(List<Placement> assignments, List<String> unscheduled, int scheduled, long weight,
            int moved, double seconds) {

        public Solution {
            assignments = List.copyOf(assignments);
            unscheduled = List.copyOf(unscheduled);
        }
    }
}
