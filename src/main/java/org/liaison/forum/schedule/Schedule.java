package org.liaison.forum.schedule;

import java.util.List;

/** The scheduler's answer: every meeting once, either placed or unscheduled. */
public record Schedule(List<Placement> assignments, List<String> unscheduled, Stats stats) {

    public Schedule {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        unscheduled = unscheduled == null ? List.of() : List.copyOf(unscheduled);
    }
}
