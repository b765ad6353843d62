package org.liaison.forum.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/**
 * A brokerage event at a forum engagement: its slots, shared tables, registration window, caps and
 * time zone, and how far its agenda is published.
 */
@Entity
@Table(name = "forum_event")
public class BrokerageEvent {

    public enum AgendaStatus { NONE, PRELIMINARY, FINAL }

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "engagement_id", nullable = false)
    private UUID engagement;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "shared_tables", nullable = false)
    private int sharedTables;

    @Column(name = "registration_opens")
    private @Nullable LocalDate registrationOpens;

    @Column(name = "registration_closes")
    private @Nullable LocalDate registrationCloses;

    @Column(name = "max_meetings")
    private @Nullable Integer maxMeetings;

    /** "TYPE=n" pairs separated by spaces: at most n meetings for a participant of that type. */
    @Column(name = "type_caps", nullable = false, length = 1000)
    private String typeCaps = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "agenda_status", nullable = false, length = 16)
    private AgendaStatus agendaStatus = AgendaStatus.NONE;

    @Column(nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "forum_slot", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<SlotRow> slots = new ArrayList<>();

    protected BrokerageEvent() {
        this.id = UUID.randomUUID();
        this.engagement = id;
        this.title = "";
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    BrokerageEvent(UUID engagement, String title, String timeZone, boolean sample, Instant now) {
        this.id = UUID.randomUUID();
        this.engagement = engagement;
        this.title = title;
        this.timeZone = timeZone;
        this.sample = sample;
        this.createdAt = now;
    }

    /**
     * Sets what the organiser typed; returns how the slot codes moved when the slots changed
     * (placements, publications and attendance follow them: see {@link SlotMoves}).
     */
    SlotMoves configure(EventDraft draft) {
        try {
            ZoneId.of(draft.timeZone());
        } catch (RuntimeException e) {
            throw new RuleViolationException("forum.unknown-time-zone", "Unknown time zone: " + draft.timeZone());
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new RuleViolationException("forum.title-required", "Give the event a title");
        }
        if (draft.title().strip().length() > 500) {
            throw new RuleViolationException("forum.title-length", "A title has at most 500 characters");
        }
        if (draft.maxMeetings() != null && (draft.maxMeetings() < 1 || draft.maxMeetings() > 100)) {
            throw new RuleViolationException("forum.cap-range", "A cap is 1 to 100 meetings");
        }
        if (draft.typeCaps().values().stream().anyMatch(c -> c == null || c < 1 || c > 100)) {
            throw new RuleViolationException("forum.cap-range", "A cap is 1 to 100 meetings");
        }
        if (draft.sharedTables() > 10000) {
            throw new RuleViolationException("forum.too-many-tables", "At most 10,000 shared tables");
        }
        if (draft.sharedTables() < 0) {
            throw new RuleViolationException("forum.negative-tables", "Shared tables cannot be negative");
        }
        if (draft.registrationOpens() != null && draft.registrationCloses() != null
                && draft.registrationCloses().isBefore(draft.registrationOpens())) {
            throw new RuleViolationException("forum.registration-window", "Registration closes before it opens");
        }
        this.title = draft.title().strip();
        var zoneBefore = ZoneId.of(timeZone);
        this.timeZone = draft.timeZone();
        this.sharedTables = draft.sharedTables();
        this.registrationOpens = draft.registrationOpens();
        this.registrationCloses = draft.registrationCloses();
        this.maxMeetings = draft.maxMeetings();
        var caps = new StringBuilder();
        draft.typeCaps().forEach((type, cap) -> caps.append(caps.isEmpty() ? "" : " ").append(type.name()).append('=').append(cap));
        this.typeCaps = caps.toString();
        var generated = draft.slots().rows(ZoneId.of(timeZone));
        if (same(generated, slots) && !slots.isEmpty()) {
            return SlotMoves.NONE;
        }
        var moves = SlotMoves.between(slots, zoneBefore, generated, ZoneId.of(timeZone));
        this.slots.clear();
        this.slots.addAll(generated);
        return moves;
    }

    /**
     * Same codes are not the same slots: without its first day an event's "d1-1000" is the old second
     * day's. Slots are the same when each has the same code, start and length.
     */
    private static boolean same(List<SlotRow> a, List<SlotRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            var x = a.get(i);
            var y = b.get(i);
            if (!x.code().equals(y.code()) || !x.startsAt().equals(y.startsAt()) || x.minutes() != y.minutes()
                    || x.day() != y.day()) {
                return false;
            }
        }
        return true;
    }

    void publish(AgendaStatus stage) {
        this.agendaStatus = stage;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getEngagement() {
        return engagement;
    }

    public String getTitle() {
        return title;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int getSharedTables() {
        return sharedTables;
    }

    public @Nullable LocalDate getRegistrationOpens() {
        return registrationOpens;
    }

    public @Nullable LocalDate getRegistrationCloses() {
        return registrationCloses;
    }

    public @Nullable Integer getMaxMeetings() {
        return maxMeetings;
    }

    public Map<ParticipantType, Integer> typeCaps() {
        var caps = new LinkedHashMap<ParticipantType, Integer>();
        if (!typeCaps.isBlank()) {
            for (String pair : typeCaps.split(" ")) {
                var parts = pair.split("=");
                caps.put(ParticipantType.valueOf(parts[0]), Integer.parseInt(parts[1]));
            }
        }
        return caps;
    }

    /** The cap for a participant of this type: the smaller of the event's cap and the type's, or null. */
    public @Nullable Integer capFor(ParticipantType type) {
        Integer typeCap = typeCaps().get(type);
        if (typeCap == null) {
            return maxMeetings;
        }
        return maxMeetings == null ? typeCap : Math.min(typeCap, maxMeetings);
    }

    public AgendaStatus getAgendaStatus() {
        return agendaStatus;
    }

    public boolean isSample() {
        return sample;
    }

    public List<SlotRow> getSlots() {
        return List.copyOf(slots);
    }

    public @Nullable SlotRow slot(String code) {
        return slots.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    /** Whether registration is open on {@code day}. */
    public boolean registrationOpenOn(LocalDate day) {
        return (registrationOpens == null || !day.isBefore(registrationOpens))
                && (registrationCloses == null || !day.isAfter(registrationCloses));
    }
}
