package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Viewer;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.forum.internal.Views.Who;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketplace's meetings: a participant's organization requests a meeting with a note, the
 * receiver's organization (or the organiser) accepts or declines within every participant's cap,
 * the organiser adds meetings directly (two participants, or a group of three or more) and any
 * side cancels.
 */
@Service
@Transactional
public class MeetingRequests {

    private final ForumMeetings meetings;
    private final ForumParticipants participants;
    private final ForumAccess access;
    private final Clock clock;

    MeetingRequests(ForumMeetings meetings, ForumParticipants participants, ForumAccess access, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.access = access;
        this.clock = clock;
    }

    /** A meeting request from one participant to another, with a note. */
    public MeetingView request(UUID eventId, UUID from, UUID to, @Nullable String note) {
        var v = access.reader();
        var event = access.event(eventId);
        var requester = participants.findById(from).filter(p -> ForumAccess.reads(v, p))
                .orElseThrow(() -> new NotFoundException("participant", from));
        if (!requester.getEvent().equals(eventId)) {
            throw new RuleViolationException("forum.unknown-participant", "No such participant at this event: " + from);
        }
        if (!ForumAccess.speaksFor(v, requester)) {
            throw new AccessDeniedException("Request meetings for your own organization's participants");
        }
        var receiver = participants.findById(to).filter(p -> p.getEvent().equals(eventId)
                && p.getStatus() == ForumParticipant.Status.APPROVED)
                .orElseThrow(() -> new RuleViolationException("forum.unknown-participant", "No such participant: " + to));
        requester.requireApproved();
        if (requester.getId().equals(receiver.getId())) {
            throw new RuleViolationException("forum.self-meeting", "A participant cannot meet itself");
        }
        var pair = Set.of(requester.getId(), receiver.getId());
        boolean open = meetings.findByEventOrderByCreatedAtAscIdAsc(eventId).stream()
                .anyMatch(m -> (m.getStatus() == Status.REQUESTED || m.getStatus() == Status.ACCEPTED)
                        && Set.copyOf(m.participants()).equals(pair));
        if (open) {
            throw new RuleViolationException("forum.duplicate-request", "These two already have a request or a meeting");
        }
        var meeting = new ForumMeeting(event.getId(), List.of(requester, receiver), ForumAccess.blank(note),
                Status.REQUESTED, Instant.now(clock));
        return view(meetings.save(meeting), access.byId(eventId), v);
    }

    /** A meeting the organiser makes directly (two participants, or a group of three or more): accepted at once. */
    public MeetingView add(UUID eventId, List<UUID> who, @Nullable String note) {
        access.requireOrganiser();
        var event = access.event(eventId);
        var people = access.byId(eventId);
        var distinct = who.stream().distinct().toList();
        if (distinct.size() < 2) {
            throw new RuleViolationException("forum.too-few-participants", "A meeting has two or more participants");
        }
        var list = new ArrayList<ForumParticipant>();
        for (UUID id : distinct) {
            var p = people.get(id);
            if (p == null) {
                throw new RuleViolationException("forum.unknown-participant", "No such participant: " + id);
            }
            p.requireApproved();
            list.add(p);
        }
        var meeting = new ForumMeeting(event.getId(), list, ForumAccess.blank(note), Status.ACCEPTED, Instant.now(clock));
        checkCaps(event, meeting, people);
        return view(meetings.save(meeting), people, access.viewer());
    }

    public MeetingView accept(UUID id) {
        var v = access.reader();
        var meeting = access.meeting(id);
        var people = access.byId(meeting.getEvent());
        requireReceiver(v, meeting, people);
        checkCaps(access.event(meeting.getEvent()), meeting, people);
        meeting.accept();
        meetings.flush();
        return view(meeting, people, v);
    }

    public MeetingView decline(UUID id) {
        var v = access.reader();
        var meeting = access.meeting(id);
        var people = access.byId(meeting.getEvent());
        requireReceiver(v, meeting, people);
        meeting.decline();
        meetings.flush();
        return view(meeting, people, v);
    }

    /** Cancels a request or meeting: the organiser, or any participant's organization. */
    public MeetingView cancel(UUID id) {
        var v = access.reader();
        var meeting = access.meeting(id);
        var people = access.byId(meeting.getEvent());
        if (!ForumAccess.organiser(v) && meeting.participants().stream().map(people::get).filter(Objects::nonNull)
                .noneMatch(p -> ForumAccess.speaksFor(v, p))) {
            throw new AccessDeniedException("Only the organiser or a participant cancels a meeting");
        }
        meeting.cancel();
        meetings.flush();
        return view(meeting, people, v);
    }

    /** The event's meetings the viewer may see: all for staff, those of its own participants for a partner. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(UUID eventId) {
        var v = access.reader();
        access.event(eventId);
        var people = access.byId(eventId);
        return meetings.findByEventOrderByCreatedAtAscIdAsc(eventId).stream().filter(m -> ForumAccess.visible(v, m))
                .map(m -> view(m, people, v)).toList();
    }

    @Transactional(readOnly = true)
    public MeetingView readMeeting(UUID id) {
        var meeting = access.meeting(id);
        return view(meeting, access.byId(meeting.getEvent()), access.viewer());
    }

    private static void requireReceiver(Viewer v, ForumMeeting meeting, Map<UUID, ForumParticipant> people) {
        var receivers = meeting.participants().subList(1, meeting.participants().size());
        if (!ForumAccess.organiser(v)
                && receivers.stream().map(people::get).filter(Objects::nonNull).noneMatch(p -> ForumAccess.speaksFor(v, p))) {
            throw new AccessDeniedException("Only the receiver or the organiser answers a request");
        }
    }

    /** Accepting must leave every participant within its cap (the event's, or its type's). */
    private void checkCaps(BrokerageEvent event, ForumMeeting meeting, Map<UUID, ForumParticipant> people) {
        var accepted = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId()).stream()
                .filter(m -> m.getStatus() == Status.ACCEPTED && !m.getId().equals(meeting.getId())).toList();
        for (UUID id : meeting.participants()) {
            var p = people.get(id);
            Integer cap = p == null ? null : event.capFor(p.getType());
            if (cap != null && accepted.stream().filter(m -> m.participants().contains(id)).count() >= cap) {
                throw new RuleViolationException("forum.cap-reached",
                        p.getPersonName() + " has " + cap + " accepted meetings, the most allowed",
                        Map.of("participant", id.toString(), "cap", cap));
            }
        }
    }

    static MeetingView view(ForumMeeting m, Map<UUID, ForumParticipant> people, Viewer v) {
        var receivers = m.participants().subList(1, m.participants().size());
        boolean canAnswer = m.getStatus() == Status.REQUESTED && (ForumAccess.organiser(v)
                || receivers.stream().map(people::get).filter(Objects::nonNull).anyMatch(p -> ForumAccess.speaksFor(v, p)));
        return new MeetingView(m.getId(), m.getVersion(), m.getEvent(), who(m.participants(), people), m.getRequestedBy(),
                m.getNote(), m.getStatus().name(), m.getWeight(), m.getSlot(), m.getTable(), m.isLocked(),
                m.getPublishedSlot(), m.getPublishedTable(), m.getOutcome(), m.getProposedStage(),
                m.getLoggedEngagement(), canAnswer);
    }

    static List<Who> who(Collection<UUID> ids, Map<UUID, ForumParticipant> people) {
        return ids.stream().map(people::get).filter(Objects::nonNull)
                .map(p -> new Who(p.getId(), p.getPersonName(), p.getOrganizationName(), p.isSample())).toList();
    }
}
