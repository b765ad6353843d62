package org.liaison.forum.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.forum.schedule.Placement;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's edits of the schedule by hand: an accepted meeting placed in a slot at a table
 * (or taken out), checked against the scheduler's hard rules, and locked where it is so that the
 * scheduler keeps it.
 */
@Service
@Transactional
public class MeetingPlacements {

    private final ForumMeetings meetings;
    private final ForumAccess access;
    private final MeetingSolver solver;

    MeetingPlacements(ForumMeetings meetings, ForumAccess access, MeetingSolver solver) {
        this.meetings = meetings;
        this.access = access;
        this.solver = solver;
    }

    public MeetingView lock(UUID id, boolean locked) {
        var meeting = access.meeting(id);
        access.requireOrganiser();
        meeting.lock(locked);
        meetings.flush();
        return MeetingRequests.view(meeting, access.byId(meeting.getEvent()), access.viewer());
    }

    /** Places an accepted meeting by hand (slot null: takes it out), checked against the hard rules. */
    public MeetingView place(UUID id, long expectedVersion, @Nullable String slot, @Nullable String table) {
        var meeting = access.meeting(id);
        access.requireOrganiser();
        Versions.check("meeting", id, expectedVersion, meeting.getVersion());
        if (meeting.getStatus() != Status.ACCEPTED) {
            throw new RuleViolationException("forum.not-accepted", "Only accepted meetings are placed");
        }
        if (meeting.isLocked()) {
            throw new RuleViolationException("forum.hard.rule-4", "Unlock the meeting before moving it");
        }
        var event = access.event(meeting.getEvent());
        var people = access.byId(event.getId());
        String chosen = table;
        if (slot != null) {
            var booth = meeting.participants().stream().map(people::get).filter(p -> p != null && p.getBooth() != null)
                    .map(ForumParticipant::getBooth).findFirst();
            if (chosen == null || chosen.isBlank()) {
                chosen = booth.orElseGet(() -> freeTable(event, slot, meeting.getId()));
            }
        }
        var all = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId());
        var instance = PlanningProblems.of(event, people.values(), all, List.of());
        var placements = new ArrayList<Placement>();
        for (var m : PlanningProblems.accepted(all)) {
            if (m.getId().equals(meeting.getId())) {
                if (slot != null) {
                    placements.add(new Placement(m.getId().toString(), slot, Objects.requireNonNull(chosen)));
                }
            } else if (m.getSlot() != null && m.getTable() != null) {
                placements.add(new Placement(m.getId().toString(), m.getSlot(), m.getTable()));
            }
        }
        if (slot != null && event.slot(slot) == null) {
            throw new RuleViolationException("forum.unknown-slot", "No slot " + slot);
        }
        var broken = solver.check(instance, placements);
        if (broken.isPresent()) {
            throw new RuleViolationException("forum.hard." + broken.get().rule(), broken.get().message());
        }
        meeting.place(slot, chosen);
        meetings.flush();
        return MeetingRequests.view(meeting, people, access.viewer());
    }

    private String freeTable(BrokerageEvent event, String slot, UUID except) {
        var taken = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId()).stream()
                .filter(m -> !m.getId().equals(except) && slot.equals(m.getSlot())).map(ForumMeeting::getTable)
                .collect(Collectors.toSet());
        for (int t = 1; t <= event.getSharedTables(); t++) {
            if (!taken.contains("T-" + t)) {
                return "T-" + t;
            }
        }
        return "T-1"; // every shared table is taken: the validator names the rule this breaks
    }
}
