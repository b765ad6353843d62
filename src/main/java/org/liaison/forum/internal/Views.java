package org.liaison.forum.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the forum's API and pages show: records built from the entities, never the entities. */
public final class Views {

    private Views() {}

    public record SlotView(String code, int day, Instant startsAt, LocalDateTime localStart, LocalDateTime localEnd,
            int minutes) {

        static SlotView of(SlotRow s, java.time.ZoneId zone) {
            return new SlotView(s.code(), s.day(), s.startsAt(), LocalDateTime.ofInstant(s.startsAt(), zone),
                    LocalDateTime.ofInstant(s.endsAt(), zone), s.minutes());
        }
    }

    /**
     * @param slotChange in the answer to a change of the event: what its new slots did to the placed and
     *        published meetings; null when the event is only read
     */
    public record EventView(UUID id, long version, UUID engagementId, String title, String timeZone, int sharedTables,
            @Nullable LocalDate registrationOpens, @Nullable LocalDate registrationCloses, @Nullable Integer maxMeetings,
            Map<ParticipantType, Integer> typeCaps, String agendaStatus, boolean sample, List<SlotView> slots,
            boolean organiser, @Nullable SlotChange slotChange) {

        public EventView {
            typeCaps = Map.copyOf(typeCaps);
            slots = List.copyOf(slots);
        }
    }

    /**
     * What a change of an event's slots did to its meetings. Placed and published meetings keep their
     * moment (under the new slot's code) when a new slot starts then; otherwise they lose it:
     *
     * @param unplaced accepted meetings taken out of their slot (not placed now) because no new slot starts at their time
     * @param unpublished meetings taken off the published agenda because no new slot starts at their published time
     *        (publish again to tell the participants)
     */
    public record SlotChange(int unplaced, int unpublished) {

        public static final SlotChange NONE = new SlotChange(0, 0);
    }

    /** A participant as its own organization and the organiser see it. */
    public record ParticipantView(UUID id, long version, UUID eventId, @Nullable UUID organizationId,
            String organizationName, @Nullable UUID personId, String personName, ParticipantType type,
            @Nullable String email, @Nullable String language, @Nullable String profile, @Nullable String offers,
            @Nullable String wants, @Nullable String booth, List<String> unavailable, String status, boolean sample,
            boolean own) {

        public ParticipantView {
            unavailable = List.copyOf(unavailable);
        }

        static ParticipantView of(ForumParticipant p, boolean own) {
            return new ParticipantView(p.getId(), p.getVersion(), p.getEvent(), p.getOrganization(),
                    p.getOrganizationName(), p.getPerson(), p.getPersonName(), p.getType(), p.getEmail(),
                    p.getLanguage(), p.getProfile(), p.getOffers(), p.getWants(), p.getBooth(),
                    List.copyOf(p.unavailable()), p.getStatus().name(), p.isSample(), own);
        }
    }

    /** A participant as others see it in the marketplace: the profile, no availability or contacts. */
    public record ProfileView(UUID id, String organizationName, String personName, ParticipantType type,
            @Nullable String profile, @Nullable String offers, @Nullable String wants, boolean sample, boolean own) {

        static ProfileView of(ForumParticipant p, boolean own) {
            return new ProfileView(p.getId(), p.getOrganizationName(), p.getPersonName(), p.getType(), p.getProfile(),
                    p.getOffers(), p.getWants(), p.isSample(), own);
        }
    }

    public record Who(UUID id, String personName, String organizationName, boolean sample) {}

    public record MeetingView(UUID id, long version, UUID eventId, List<Who> participants, @Nullable UUID requestedBy,
            @Nullable String note, String status, int weight, @Nullable String slot, @Nullable String table,
            boolean locked, @Nullable String publishedSlot, @Nullable String publishedTable, @Nullable String outcome,
            @Nullable String proposedStage, @Nullable UUID loggedEngagementId, boolean canAnswer) {

        public MeetingView {
            participants = List.copyOf(participants);
        }
    }

    public record AgendaEntry(UUID meetingId, SlotView slot, String table, List<Who> with, @Nullable String note) {

        public AgendaEntry {
            with = List.copyOf(with);
        }
    }

    /** @param status the event's agenda status: entries are those last published (none before) */
    public record AgendaView(ParticipantView participant, String eventTitle, String timeZone, String status,
            List<AgendaEntry> entries) {

        public AgendaView {
            entries = List.copyOf(entries);
        }
    }

    public record TableSeat(String table, UUID meetingId, List<Who> participants, boolean locked) {

        public TableSeat {
            participants = List.copyOf(participants);
        }
    }

    /**
     * A slot of the organiser's table plan: the meetings at their tables (shared tables and
     * booths), how many shared tables are in use, and every booth of the event with its holder,
     * whether the holder is available then and the meeting at the booth if there is one.
     */
    public record TablePlanSlot(SlotView slot, List<TableSeat> seats, int sharedInUse, int sharedTables,
            List<BoothUse> booths) {

        public TablePlanSlot {
            seats = List.copyOf(seats);
            booths = List.copyOf(booths);
        }
    }

    /** A booth in one slot: its holder, whether the holder can attend the slot, the meeting there (null: free). */
    public record BoothUse(String booth, Who holder, boolean available, @Nullable UUID meetingId) {}

    /** A booth of the event and the participant holding it. */
    public record BoothView(String booth, UUID participantId, long participantVersion, String personName,
            String organizationName, String status, boolean sample) {}

    /**
     * What assigning or taking away a booth did: the participant as it is now, how many of its
     * placed meetings moved to another table (to the booth, or from it to a free shared table) and
     * how many were taken out of the schedule because no shared table was free in their slot.
     */
    public record BoothChange(ParticipantView participant, int moved, int unplaced) {}
}
