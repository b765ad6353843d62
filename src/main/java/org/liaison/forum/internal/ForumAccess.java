package org.liaison.forum.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what at the forum, and the records a viewer may reach. Organisers (administrators
 * and cooperation managers) do everything; other staff read; a partner user speaks for its own
 * organization's participants and sees only its own participants, meetings and agendas (others
 * are 404), while the marketplace shows every approved participant's profile.
 */
@Component
@Transactional
public class ForumAccess {

    private final BrokerageEvents events;
    private final ForumParticipants participants;
    private final ForumMeetings meetings;
    private final CurrentViewer viewer;

    ForumAccess(BrokerageEvents events, ForumParticipants participants, ForumMeetings meetings, CurrentViewer viewer) {
        this.events = events;
        this.participants = participants;
        this.meetings = meetings;
        this.viewer = viewer;
    }

    static boolean organiser(Viewer v) {
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    public boolean isOrganiser() {
        return organiser(viewer.get());
    }

    Viewer viewer() {
        return viewer.get();
    }

    /** The signed-in viewer; anonymous viewers are refused. */
    Viewer reader() {
        var v = viewer.get();
        if (v.isAnonymous()) {
            throw new AccessDeniedException("Sign in to see brokerage events");
        }
        return v;
    }

    void requireOrganiser() {
        if (!organiser(reader())) {
            throw new AccessDeniedException("Only organisers (administrators and cooperation managers) may do this");
        }
    }

    /** Whether the viewer speaks for this participant: an organiser, or a partner user of its organization. */
    static boolean speaksFor(Viewer v, ForumParticipant p) {
        return organiser(v) || (v.isPartner() && v.organization() != null && v.organization().equals(p.getOrganization()));
    }

    /** Whether the viewer may read this participant in full: staff, or its own organization's partner user. */
    static boolean reads(Viewer v, ForumParticipant p) {
        return v.isStaff() || v.readScope().permits(p.getAccess());
    }

    /** Whether the viewer sees this meeting: staff, or a partner user of one of its organizations. */
    static boolean visible(Viewer v, ForumMeeting m) {
        return v.isStaff() || (v.organization() != null && v.isPartner() && m.organizations().contains(v.organization()));
    }

    /** An event, for any signed-in viewer, or 404. */
    BrokerageEvent event(UUID id) {
        reader();
        return events.findById(id).orElseThrow(() -> new NotFoundException("brokerage event", id));
    }

    /** A participant the viewer may read in full, or 404. */
    ForumParticipant participant(UUID id) {
        var v = reader();
        return participants.findById(id).filter(p -> reads(v, p))
                .orElseThrow(() -> new NotFoundException("participant", id));
    }

    /** A meeting the viewer may see, or 404. */
    ForumMeeting meeting(UUID id) {
        var v = reader();
        return meetings.findById(id).filter(m -> visible(v, m)).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** The event's participants by id, in the registrations' order. */
    Map<UUID, ForumParticipant> byId(UUID eventId) {
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .collect(Collectors.toMap(ForumParticipant::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
