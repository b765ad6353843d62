package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementQueries;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.SlotChange;
import org.liaison.forum.internal.Views.SlotView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brokerage events of forum engagements: created and changed by organisers (slots, shared
 * tables, registration window, caps), read by every signed-in user, and the publication of their
 * current placements as the preliminary or final agenda.
 */
@Service
@Transactional
public class ForumEvents {

    private final BrokerageEvents events;
    private final ForumMeetings meetings;
    private final ForumParticipants participants;
    private final ForumAccess access;
    private final EngagementQueries engagements;
    private final LockedPlacements locked;
    private final Clock clock;

    ForumEvents(BrokerageEvents events, ForumMeetings meetings, ForumParticipants participants, ForumAccess access,
            EngagementQueries engagements, LockedPlacements locked, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.participants = participants;
        this.access = access;
        this.engagements = engagements;
        this.locked = locked;
        this.clock = clock;
    }

    public EventView create(EngagementId engagement, EventDraft draft, boolean sample) {
        access.requireOrganiser();
        var summary = engagements.summaries(List.of(engagement)).get(engagement);
        if (summary == null) {
            throw new RuleViolationException("forum.unknown-engagement", "No such engagement: " + engagement);
        }
        if (summary.kind() != EngagementKind.FORUM) {
            throw new RuleViolationException("forum.not-a-forum", "A brokerage event belongs to a forum engagement");
        }
        var event = new BrokerageEvent(engagement.value(), draft.title(), draft.timeZone(), sample, Instant.now(clock));
        event.configure(draft);
        return view(events.saveAndFlush(event));
    }

    public EventView update(UUID id, long expectedVersion, EventDraft draft) {
        access.requireOrganiser();
        var event = access.event(id);
        Versions.check("brokerage event", id, expectedVersion, event.getVersion());
        boolean placeable = locked.placeable(event);
        var moves = event.configure(draft);
        var change = moves.changed() ? followSlots(event, moves) : SlotChange.NONE;
        if (placeable) {
            locked.requirePlaceable(event);
        }
        events.flush();
        return view(event, change);
    }

    /**
     * Keeps each placed and published meeting, and each participant's unavailability, at its moment
     * under the new slots' codes; what no new slot starts at is taken out (a locked meeting refuses).
     */
    private SlotChange followSlots(BrokerageEvent event, SlotMoves moves) {
        int unplaced = 0;
        int unpublished = 0;
        for (var m : meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId())) {
            boolean accepted = m.getStatus() == ForumMeeting.Status.ACCEPTED;
            if (!m.followPlacement(moves) && accepted) {
                unplaced++;
            }
            if (!m.followPublication(moves) && accepted) {
                unpublished++;
            }
        }
        participants.findByEventOrderByOrganizationNameAscPersonNameAsc(event.getId()).forEach(p -> p.followSlots(moves));
        return new SlotChange(unplaced, unpublished);
    }

    @Transactional(readOnly = true)
    public List<EventView> list() {
        access.reader();
        return events.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public EventView read(UUID id) {
        return view(access.event(id));
    }

    /** Where today (in the forum's time zone) stands against an event's registration window. */
    public enum RegistrationWindow { OPEN, NOT_YET, OVER }

    /** Whether registration is open today in the forum's time zone, not open yet or over. */
    @Transactional(readOnly = true)
    public RegistrationWindow window(UUID id) {
        var event = access.event(id);
        var today = LocalDate.now(clock.withZone(event.zone()));
        if (event.getRegistrationOpens() != null && today.isBefore(event.getRegistrationOpens())) {
            return RegistrationWindow.NOT_YET;
        }
        if (event.getRegistrationCloses() != null && today.isAfter(event.getRegistrationCloses())) {
            return RegistrationWindow.OVER;
        }
        return RegistrationWindow.OPEN;
    }

    /** The event held at a forum engagement, if there is one. */
    @Transactional(readOnly = true)
    public Optional<EventView> atEngagement(UUID engagement) {
        return events.findFirstByEngagement(engagement).map(this::view);
    }

    /** Publishes the current placements as the preliminary or final agenda. */
    public EventView publish(UUID id, AgendaStatus stage) {
        access.requireOrganiser();
        if (stage == AgendaStatus.NONE) {
            throw new RuleViolationException("forum.publish-stage", "Publish a PRELIMINARY or FINAL agenda");
        }
        var event = access.event(id);
        if (event.getAgendaStatus() == AgendaStatus.FINAL && stage == AgendaStatus.PRELIMINARY) {
            throw new RuleViolationException("forum.already-final", "The final agenda is published already");
        }
        meetings.findByEventOrderByCreatedAtAscIdAsc(id).forEach(ForumMeeting::publish);
        event.publish(stage);
        events.flush();
        return view(event);
    }

    EventView view(BrokerageEvent e) {
        return view(e, null);
    }

    private EventView view(BrokerageEvent e, @Nullable SlotChange change) {
        var zone = e.zone();
        return new EventView(e.getId(), e.getVersion(), e.getEngagement(), e.getTitle(), e.getTimeZone(),
                e.getSharedTables(), e.getRegistrationOpens(), e.getRegistrationCloses(), e.getMaxMeetings(),
                e.typeCaps(), e.getAgendaStatus().name(), e.isSample(),
                e.getSlots().stream().map(s -> SlotView.of(s, zone)).toList(), ForumAccess.organiser(access.viewer()), change);
    }
}
