package org.liaison.forum.internal;

import java.util.List;
import java.util.Map;

import org.liaison.forum.schedule.InstanceCheck;
import org.liaison.forum.schedule.InvalidInstanceException;
import org.liaison.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Keeps an event's locked meetings placeable. Nothing moves a locked meeting, so a change that leaves
 * one where the rules no longer allow it (a cap lowered below a participant's locked meetings, its slot
 * or shared table gone, a participant's type with a smaller cap) would make every later scheduler run
 * fail on an invalid instance. Such a change is refused (422 {@code forum.locked-conflict}) with the
 * scheduler's own reason; a change to an event that was invalid already is not blocked by it.
 */
@Component
class LockedPlacements {

    private final ForumParticipants participants;
    private final ForumMeetings meetings;

    LockedPlacements(ForumParticipants participants, ForumMeetings meetings) {
        this.participants = participants;
        this.meetings = meetings;
    }

    /** Whether the event's locked meetings satisfy the scheduler's rules as the event stands now. */
    boolean placeable(BrokerageEvent event) {
        return reason(event) == null;
    }

    /** Refuses the change just made to the event (or its participants) when it breaks a locked meeting. */
    void requirePlaceable(BrokerageEvent event) {
        String reason = reason(event);
        if (reason != null) {
            throw new RuleViolationException("forum.locked-conflict",
                    "This change would leave a locked meeting where the rules no longer allow it: " + reason,
                    Map.of("reason", reason));
        }
    }

    private String reason(BrokerageEvent event) {
        var people = participants.findByEventOrderByOrganizationNameAscPersonNameAsc(event.getId());
        var all = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId());
        if (all.stream().noneMatch(ForumMeeting::isLocked)) {
            return null;
        }
        try {
            InstanceCheck.check(PlanningProblems.of(event, people, all, List.of()));
            return null;
        } catch (InvalidInstanceException e) {
            return e.getMessage();
        }
    }
}
