package org.liaison.forum.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.liaison.forum.internal.ForumMeeting.Status;

/** Builds the scheduling problem of an event from its approved participants and accepted meetings. */
final class PlanningProblems {

    private PlanningProblems() {}

    static Planning.Problem of(BrokerageEvent event, Collection<ForumParticipant> people, List<ForumMeeting> meetings,
            List<Planning.Placement> previous) {
        var slots = event.getSlots().stream().map(s -> new Planning.Slot(s.code(), s.day())).toList();
        var codes = ForumService.codes(event);
        var persons = people.stream().filter(p -> p.getStatus() == ForumParticipant.Status.APPROVED).map(p -> {
            var available = new java.util.LinkedHashSet<>(codes);
            available.removeAll(p.unavailable());
            return new Planning.Person(p.getId().toString(),
                    p.getOrganization() == null ? p.getOrganizationName() : p.getOrganization().toString(), available,
                    p.getBooth(), event.capFor(p.getType()));
        }).toList();
        var approved = persons.stream().map(Planning.Person::id).collect(java.util.stream.Collectors.toSet());
        var accepted = meetings.stream().filter(m -> m.getStatus() == Status.ACCEPTED)
                .filter(m -> m.participants().stream().map(UUID::toString).allMatch(approved::contains)).toList();
        var list = accepted.stream().map(m -> new Planning.Meeting(m.getId().toString(),
                m.participants().stream().map(UUID::toString).toList(), m.getWeight())).toList();
        var locked = new ArrayList<Planning.Placement>();
        for (var m : accepted) {
            if (m.isLocked() && m.getSlot() != null) {
                locked.add(new Planning.Placement(m.getId().toString(), m.getSlot(), Objects.requireNonNull(m.getTable())));
            }
        }
        return new Planning.Problem(slots, event.getSharedTables(), persons, list, locked, previous);
    }

    /** The last published placements of the accepted meetings, for re-runs that move few of them. */
    static List<Planning.Placement> published(List<ForumMeeting> meetings) {
        return meetings.stream().filter(m -> m.getStatus() == Status.ACCEPTED && m.getPublishedSlot() != null)
                .map(m -> new Planning.Placement(m.getId().toString(), Objects.requireNonNull(m.getPublishedSlot()),
                        Objects.requireNonNull(m.getPublishedTable())))
                .toList();
    }
}
