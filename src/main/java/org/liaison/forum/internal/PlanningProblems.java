package org.liaison.forum.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;
import org.liaison.forum.schedule.Placement;
import org.liaison.forum.schedule.Slot;

/**
 * Builds the scheduler's {@link Instance} of an event (the contract's shape) from its approved
 * participants and accepted meetings: participants' available slots are the event's slots minus
 * those they cannot attend, their cap the event's or their type's, locked meetings where they are.
 */
final class PlanningProblems {

    private PlanningProblems() {}

    static Instance of(BrokerageEvent event, Collection<ForumParticipant> people, List<ForumMeeting> meetings,
            List<Placement> previous) {
        var slots = event.getSlots().stream()
                .map(s -> new Slot(s.code(), s.day(), s.startsAt().atOffset(ZoneOffset.UTC), s.minutes())).toList();
        var codes = event.getSlots().stream().map(SlotRow::code).toList();
        var persons = people.stream().filter(p -> p.getStatus() == ForumParticipant.Status.APPROVED).map(p -> {
            var available = new LinkedHashSet<>(codes);
            available.removeAll(p.unavailable());
            return new Participant(p.getId().toString(),
                    p.getOrganization() == null ? p.getOrganizationName() : p.getOrganization().toString(),
                    List.copyOf(available), p.getBooth(), event.capFor(p.getType()));
        }).toList();
        var approved = persons.stream().map(Participant::id).collect(Collectors.toSet());
        var accepted = accepted(meetings).stream()
                .filter(m -> m.participants().stream().map(UUID::toString).allMatch(approved::contains)).toList();
        var list = accepted.stream().map(m -> new Meeting(m.getId().toString(),
                m.participants().stream().map(UUID::toString).toList(), m.getWeight())).toList();
        var locked = new ArrayList<Placement>();
        for (var m : accepted) {
            if (m.isLocked() && m.getSlot() != null) {
                locked.add(new Placement(m.getId().toString(), m.getSlot(), Objects.requireNonNull(m.getTable())));
            }
        }
        var ids = list.stream().map(Meeting::id).collect(Collectors.toSet());
        return new Instance(slots, event.getSharedTables(), persons, list, locked,
                previous.stream().filter(p -> ids.contains(p.meeting())).toList());
    }

    static List<ForumMeeting> accepted(List<ForumMeeting> meetings) {
        return meetings.stream().filter(m -> m.getStatus() == Status.ACCEPTED).toList();
    }

    /** The last published placements of the accepted meetings, for re-runs that move few of them. */
    static List<Placement> published(List<ForumMeeting> meetings) {
        return accepted(meetings).stream().filter(m -> m.getPublishedSlot() != null)
                .map(m -> new Placement(m.getId().toString(), Objects.requireNonNull(m.getPublishedSlot()),
                        Objects.requireNonNull(m.getPublishedTable())))
                .toList();
    }
}
