package org.liaison.forum.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.internal.Views.AgendaEntry;
import org.liaison.forum.internal.Views.AgendaView;
import org.liaison.forum.internal.Views.BoothUse;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.forum.internal.Views.SlotView;
import org.liaison.forum.internal.Views.TablePlanSlot;
import org.liaison.forum.internal.Views.TableSeat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schedule gives people to read: each participant's published agenda in the forum's
 * time zone, and the organiser's table plan per slot.
 */
@Service
@Transactional(readOnly = true)
public class ForumAgendas {

    private final ForumMeetings meetings;
    private final ForumAccess access;

    ForumAgendas(ForumMeetings meetings, ForumAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    /** A participant's published agenda, in the forum's time zone. */
    public AgendaView agenda(UUID participantId) {
        var p = access.participant(participantId);
        var event = access.event(p.getEvent());
        var people = access.byId(event.getId());
        var zone = event.zone();
        var entries = new ArrayList<AgendaEntry>();
        if (event.getAgendaStatus() != AgendaStatus.NONE) {
            for (var m : meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId())) {
                if (m.getStatus() == Status.ACCEPTED && m.getPublishedSlot() != null && m.participants().contains(p.getId())) {
                    var slot = event.slot(m.getPublishedSlot());
                    if (slot != null) {
                        var others = m.participants().stream().filter(id -> !id.equals(p.getId())).toList();
                        entries.add(new AgendaEntry(m.getId(), SlotView.of(slot, zone),
                                Objects.requireNonNull(m.getPublishedTable()), MeetingRequests.who(others, people), m.getNote()));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(e -> e.slot().startsAt()));
        return new AgendaView(ParticipantView.of(p, ForumAccess.speaksFor(access.viewer(), p)), event.getTitle(),
                event.getTimeZone(), event.getAgendaStatus().name(), entries);
    }

    /**
     * The organiser's table plan: for each slot, the meetings at their tables (current placements),
     * how many shared tables are in use, and each booth with its holder: free, taken or the holder
     * not available then.
     */
    public List<TablePlanSlot> tablePlan(UUID eventId) {
        var v = access.reader();
        if (!v.isStaff()) {
            throw new AccessDeniedException("The table plan is the organiser's");
        }
        var event = access.event(eventId);
        var people = access.byId(eventId);
        var bySlot = new HashMap<String, List<TableSeat>>();
        for (var m : meetings.findByEventOrderByCreatedAtAscIdAsc(eventId)) {
            if (m.getStatus() == Status.ACCEPTED && m.getSlot() != null) {
                bySlot.computeIfAbsent(m.getSlot(), k -> new ArrayList<>()).add(new TableSeat(
                        Objects.requireNonNull(m.getTable()), m.getId(), MeetingRequests.who(m.participants(), people),
                        m.isLocked()));
            }
        }
        var holders = ForumBooths.holders(List.copyOf(people.values()));
        return event.getSlots().stream().map(s -> {
            var seats = bySlot.getOrDefault(s.code(), List.of()).stream()
                    .sorted(Comparator.comparing(TableSeat::table, ForumAgendas::tableOrder)).toList();
            int shared = (int) seats.stream().filter(seat -> ForumBooths.shared(seat.table(), event.getSharedTables())).count();
            var booths = holders.stream().map(h -> new BoothUse(Objects.requireNonNull(h.getBooth()),
                    MeetingRequests.who(List.of(h.getId()), people).getFirst(), !h.unavailable().contains(s.code()),
                    seats.stream().filter(seat -> seat.table().equals(h.getBooth())).map(TableSeat::meetingId)
                            .findFirst().orElse(null))).toList();
            return new TablePlanSlot(SlotView.of(s, event.zone()), seats, shared, event.getSharedTables(), booths);
        }).toList();
    }

    /** Shared tables first (T-1, T-2, ... T-10), then booths by name. */
    static int tableOrder(String a, String b) {
        boolean sa = a.startsWith("T-");
        boolean sb = b.startsWith("T-");
        return sa == sb ? ForumBooths.natural(a, b) : sa ? -1 : 1;
    }
}
