package org.liaison.forum.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
 * <p>
 * The scheduler checks locked meetings among themselves only (slots, attendance, caps counted over
 * locked meetings, tables per slot), so the check builds the instance of the locked meetings and their
 * participants, not of the whole event: an event edit checks every locked meeting; a participant's edit
 * those of the participant and the locked meetings in the same slots (whose tables it can collide with).
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
        return reason(event, null) == null;
    }

    /** Whether the locked meetings a change of {@code participant} can touch satisfy the rules now. */
    boolean placeable(BrokerageEvent event, UUID participant) {
        return reason(event, participant) == null;
    }

    /** Refuses the change just made to the event when it breaks a locked meeting. */
    void requirePlaceable(BrokerageEvent event) {
        require(reason(event, null));
    }

    /** Refuses the change just made to {@code participant} when it breaks a locked meeting. */
    void requirePlaceable(BrokerageEvent event, UUID participant) {
        require(reason(event, participant));
    }

    private static void require(@Nullable String reason) {
        if (reason != null) {
            throw new RuleViolationException("forum.locked-conflict",
                    "This change would leave a locked meeting where the rules no longer allow it: " + reason,
                    Map.of("reason", reason));
        }
    }

    private @Nullable String reason(BrokerageEvent event, @Nullable UUID participant) {
        var locked = meetings.findByEventAndLockedTrueOrderByCreatedAtAscIdAsc(event.getId()).stream()
                .filter(m -> m.getStatus() == ForumMeeting.Status.ACCEPTED && m.getSlot() != null).toList();
        if (participant != null) {
            locked = touchedBy(participant, locked);
        }
        if (locked.isEmpty()) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        locked.forEach(m -> ids.addAll(m.participants()));
        try {
            InstanceCheck.check(PlanningProblems.of(event, participants.findAllById(ids), locked, List.of()));
            return null;
        } catch (InvalidInstanceException e) {
            return e.getMessage();
        }
    }

    /** The participant's locked meetings, and the other locked meetings in their slots. */
    static List<ForumMeeting> touchedBy(UUID participant, List<ForumMeeting> locked) {
        var slots = new HashSet<String>();
        locked.stream().filter(m -> m.participants().contains(participant)).map(ForumMeeting::getSlot)
                .map(Objects::requireNonNull).forEach(slots::add);
        return locked.stream().filter(m -> slots.contains(m.getSlot())).toList();
    }
}
