package org.liaison.forum.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.internal.Views.BoothChange;
import org.liaison.forum.internal.Views.BoothView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booths of a brokerage event: a participant holding a booth hosts all its meetings there
 * instead of at a shared table. The organiser assigns and takes away booths; a booth has one
 * holder per event. When a booth changes, the placed meetings it concerns move to the table their
 * participants' booths now call for (the booth, or a free shared table in the same slot; with none
 * free, the meeting is taken out of the schedule for the next run), so the schedule stays valid and
 * locked meetings keep their slot.
 */
@Service
@Transactional
public class ForumBooths {

    private static final Pattern SHARED = Pattern.compile("T-(\\d{1,6})");
    static final int MAX_NAME = 32;

    private final BrokerageEvents events;
    private final ForumParticipants participants;
    private final ForumMeetings meetings;
    private final ForumAccess access;

    ForumBooths(BrokerageEvents events, ForumParticipants participants, ForumMeetings meetings, ForumAccess access) {
        this.events = events;
        this.participants = participants;
        this.meetings = meetings;
        this.access = access;
    }

    /** The event's booths with their holders, by booth name (staff). */
    @Transactional(readOnly = true)
    public List<BoothView> booths(UUID eventId) {
        if (!access.reader().isStaff()) {
            throw new AccessDeniedException("The booths are the organiser's");
        }
        access.event(eventId);
        return holders(participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId)).stream()
                .map(p -> new BoothView(java.util.Objects.requireNonNull(p.getBooth()), p.getId(), p.getVersion(),
                        p.getPersonName(), p.getOrganizationName(), p.getStatus().name(), p.isSample()))
                .toList();
    }

    /** Gives a participant of the event a booth, or takes it away ({@code booth} blank), from the event's page. */
    public BoothChange assign(UUID eventId, UUID participantId, @Nullable String booth) {
        access.event(eventId);
        access.requireOrganiser();
        var p = participants.findById(participantId).filter(found -> found.getEvent().equals(eventId))
                .orElseThrow(() -> new RuleViolationException("forum.unknown-participant",
                        "No such participant at this event: " + participantId));
        return change(p, booth);
    }

    /** Gives a participant a booth, or takes it away ({@code booth} blank): the participant's own record. */
    public BoothChange assign(UUID participantId, @Nullable String booth) {
        var p = access.participant(participantId);
        access.requireOrganiser();
        return change(p, booth);
    }

    private BoothChange change(ForumParticipant p, @Nullable String booth) {
        var event = events.lockById(p.getEvent()).orElseThrow(() -> new NotFoundException("brokerage event", p.getEvent()));
        String name = ForumAccess.blank(booth);
        checkFree(event, p, name);
        p.assignBooth(name);
        participants.flush();
        int[] changed = retable(event);
        return new BoothChange(ParticipantView.of(p, true), changed[0], changed[1]);
    }

    /** A booth name must not be a shared table's and must not be held by another participant of the event. */
    void checkFree(BrokerageEvent event, ForumParticipant p, @Nullable String booth) {
        if (booth == null) {
            return;
        }
        if (booth.length() > MAX_NAME) {
            throw new RuleViolationException("forum.booth-length", "A booth name has at most " + MAX_NAME + " characters");
        }
        if (booth.startsWith("T-")) {
            throw new RuleViolationException("forum.booth-name", "Booth names cannot start with T- (shared tables)");
        }
        for (var other : participants.findByEventOrderByOrganizationNameAscPersonNameAsc(event.getId())) {
            if (!other.getId().equals(p.getId()) && booth.equalsIgnoreCase(other.getBooth())) {
                throw new RuleViolationException("forum.booth-taken",
                        "Booth " + booth + " is held by " + other.getPersonName() + " (" + other.getOrganizationName() + ")",
                        Map.of("holder", other.getId().toString()));
            }
        }
    }

    /**
     * Puts every placed accepted meeting of the event at the table its participants' booths call
     * for: the first booth holder's booth, else the shared table it has, else a free shared table
     * of its slot; a meeting with none free is taken out (and unlocked). Returns {moved, taken out}.
     */
    int[] retable(BrokerageEvent event) {
        var people = access.byId(event.getId());
        var placed = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId()).stream()
                .filter(m -> m.getStatus() == Status.ACCEPTED && m.getSlot() != null).toList();
        var sharedUsed = new HashMap<String, Set<String>>();
        var needShared = new ArrayList<ForumMeeting>();
        int moved = 0;
        for (var m : placed) {
            String booth = boothOf(m, people);
            String table = m.getTable();
            if (booth != null) {
                if (!booth.equals(table)) {
                    m.place(m.getSlot(), booth);
                    moved++;
                }
            } else if (table != null && shared(table, event.getSharedTables())
                    && sharedUsed.computeIfAbsent(m.getSlot(), k -> new HashSet<>()).add(table)) {
                continue;
            } else {
                needShared.add(m);
            }
        }
        int unplaced = 0;
        for (var m : needShared) {
            String slot = java.util.Objects.requireNonNull(m.getSlot());
            var used = sharedUsed.computeIfAbsent(slot, k -> new HashSet<>());
            String free = null;
            for (int t = 1; t <= event.getSharedTables() && free == null; t++) {
                if (!used.contains("T-" + t)) {
                    free = "T-" + t;
                }
            }
            if (free != null) {
                used.add(free);
                m.place(slot, free);
                moved++;
            } else {
                m.lock(false);
                m.place(null, null);
                unplaced++;
            }
        }
        meetings.flush();
        return new int[] {moved, unplaced};
    }

    /** The booth a meeting is held at: its first booth holder's (in the meeting's order), or null. */
    static @Nullable String boothOf(ForumMeeting m, Map<UUID, ForumParticipant> people) {
        for (UUID id : m.participants()) {
            var p = people.get(id);
            if (p != null && p.getBooth() != null) {
                return p.getBooth();
            }
        }
        return null;
    }

    static boolean shared(String table, int sharedTables) {
        var matcher = SHARED.matcher(table);
        return matcher.matches() && Integer.parseInt(matcher.group(1)) >= 1 && Integer.parseInt(matcher.group(1)) <= sharedTables;
    }

    /** Participants holding a booth, by booth name in natural order (B-2 before B-10). */
    static List<ForumParticipant> holders(List<ForumParticipant> people) {
        return people.stream().filter(p -> p.getBooth() != null)
                .sorted(Comparator.comparing(p -> java.util.Objects.requireNonNull(p.getBooth()), ForumBooths::natural))
                .toList();
    }

    /** Compares names with their digit runs as numbers: "B-2" before "B-10". */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                var na = new java.math.BigInteger(a.substring(si, i));
                var nb = new java.math.BigInteger(b.substring(sj, j));
                int c = na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
