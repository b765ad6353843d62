package org.liaison.forum.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/**
 * A meeting request between two participants, or a meeting the organiser made (possibly a group
 * of three or more): requested, then accepted or declined by the receiver; accepted meetings are
 * placed by the scheduler or by hand in a slot at a table, may be locked there, and carry the
 * placement last published. After the forum its outcome is logged once as an engagement.
 */
@Entity
@Table(name = "forum_meeting")
public class ForumMeeting {

    public enum Status { REQUESTED, ACCEPTED, DECLINED, CANCELLED }

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "event_id", nullable = false)
    private UUID event;

    /** Participant ids separated by spaces, the requester first. */
    @Column(nullable = false, length = 4000)
    private String participants;

    /** The participants' organization ids separated by spaces, for the partner's read rule. */
    @Column(nullable = false, length = 4000)
    private String organizations;

    @Column(name = "requested_by")
    private @Nullable UUID requestedBy;

    @Column(length = 2000)
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int weight = 1;

    @Column(name = "slot_code", length = 32)
    private @Nullable String slot;

    @Column(name = "table_name", length = 32)
    private @Nullable String table;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "published_slot", length = 32)
    private @Nullable String publishedSlot;

    @Column(name = "published_table", length = 32)
    private @Nullable String publishedTable;

    @Column(length = 2000)
    private @Nullable String outcome;

    @Column(name = "proposed_stage", length = 16)
    private @Nullable String proposedStage;

    @Column(name = "logged_engagement")
    private @Nullable UUID loggedEngagement;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForumMeeting() {
        this.id = UUID.randomUUID();
        this.event = id;
        this.participants = "";
        this.organizations = "";
        this.status = Status.REQUESTED;
        this.createdAt = Instant.EPOCH;
    }

    ForumMeeting(UUID event, List<ForumParticipant> who, @Nullable String note, Status status, Instant now) {
        this.id = UUID.randomUUID();
        this.event = event;
        this.participants = who.stream().map(p -> p.getId().toString()).collect(Collectors.joining(" "));
        this.organizations = who.stream().map(ForumParticipant::getOrganization).filter(Objects::nonNull)
                .map(UUID::toString).distinct().collect(Collectors.joining(" "));
        this.requestedBy = who.getFirst().getId();
        this.note = note;
        this.status = status;
        this.createdAt = now;
    }

    void accept() {
        require(Status.REQUESTED, "accept");
        this.status = Status.ACCEPTED;
    }

    void decline() {
        require(Status.REQUESTED, "decline");
        this.status = Status.DECLINED;
    }

    void cancel() {
        if (status == Status.DECLINED || status == Status.CANCELLED) {
            throw new RuleViolationException("forum.meeting-closed", "The meeting is already " + status.name().toLowerCase());
        }
        this.status = Status.CANCELLED;
        this.slot = null;
        this.table = null;
        this.locked = false;
    }

    private void require(Status expected, String what) {
        if (status != expected) {
            throw new RuleViolationException("forum.meeting-not-requested",
                    "Only a requested meeting can be " + what + "ed; this one is " + status.name().toLowerCase(),
                    java.util.Map.of("currentStatus", status.name()));
        }
    }

    void place(@Nullable String slot, @Nullable String table) {
        this.slot = slot;
        this.table = slot == null ? null : table;
    }

    void lock(boolean locked) {
        if (locked && slot == null) {
            throw new RuleViolationException("forum.lock-unplaced", "Only a placed meeting can be locked");
        }
        this.locked = locked;
    }

    /**
     * Follows the event's new slots: the placement takes the code of the slot starting at the same
     * moment; when no slot starts then any more the meeting is taken out of its slot (accepted, not
     * placed) and this answers false. A locked meeting is never taken out: the change is refused.
     */
    boolean followPlacement(SlotMoves moves) {
        if (slot == null) {
            return true;
        }
        String moved = moves.code(slot);
        if (moved == null && locked) {
            String reason = "locked meeting \"" + id + "\" is in slot \"" + slot + "\", a time the new slots do not have";
            throw new RuleViolationException("forum.locked-conflict",
                    "This change would leave a locked meeting where the rules no longer allow it: " + reason,
                    java.util.Map.of("reason", reason));
        }
        this.slot = moved;
        this.table = moved == null ? null : table;
        return moved != null;
    }

    /**
     * Follows the event's new slots in the published agenda: the published placement keeps its moment
     * under the new code; when that moment is gone it leaves the published agenda (answers false), which
     * never shows a meeting at a time it does not take place.
     */
    boolean followPublication(SlotMoves moves) {
        if (publishedSlot == null) {
            return true;
        }
        String moved = moves.code(publishedSlot);
        this.publishedSlot = moved;
        this.publishedTable = moved == null ? null : publishedTable;
        return moved != null;
    }

    void publish() {
        this.publishedSlot = slot;
        this.publishedTable = table;
    }

    void held(String outcome, @Nullable String proposedStage) {
        this.outcome = outcome;
        this.proposedStage = proposedStage;
    }

    void logged(UUID engagement) {
        this.loggedEngagement = engagement;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getEvent() {
        return event;
    }

    public List<UUID> participants() {
        return Arrays.stream(participants.split(" ")).map(UUID::fromString).toList();
    }

    public List<UUID> organizations() {
        return organizations.isBlank() ? List.of() : Arrays.stream(organizations.split(" ")).map(UUID::fromString).toList();
    }

    public boolean involvesAny(Collection<UUID> participantIds) {
        return participants().stream().anyMatch(participantIds::contains);
    }

    public @Nullable UUID getRequestedBy() {
        return requestedBy;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public int getWeight() {
        return weight;
    }

    public @Nullable String getSlot() {
        return slot;
    }

    public @Nullable String getTable() {
        return table;
    }

    public boolean isLocked() {
        return locked;
    }

    public @Nullable String getPublishedSlot() {
        return publishedSlot;
    }

    public @Nullable String getPublishedTable() {
        return publishedTable;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public @Nullable String getProposedStage() {
        return proposedStage;
    }

    public @Nullable UUID getLoggedEngagement() {
        return loggedEngagement;
    }
}
