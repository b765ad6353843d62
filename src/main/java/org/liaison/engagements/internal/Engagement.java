package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementKind;

/**
 * A forum, visit, meeting... with its participants on both sides. INTERNAL while no organization
 * takes part; otherwise SHARED with every participating organization, so a partner sees exactly
 * the engagements its organization took part in ({@link #participants} and {@code sharedWith}
 * are kept in step here and nowhere else).
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "engagement")
public class Engagement {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EngagementKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private @Nullable Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = 500)
    private @Nullable String place;

    @Column(length = 200)
    private @Nullable String city;

    @Column(length = 2)
    private @Nullable String country;

    @Column(length = 4000)
    private @Nullable String description;

    @Column(length = 4000)
    private @Nullable String notes;

    @Column(length = 4000)
    private @Nullable String outcomes;

    /** The stage its outcome proposes for the relationships with the partner organizations (see {@link org.liaison.engagements.ProposedStage}). */
    @Column(name = "proposed_stage", length = 16)
    private @Nullable String proposedStage;

    @Column(name = "parent_id")
    private @Nullable UUID parent;

    // Not counted by itself: every change of participants also touches updatedAt, which bumps the
    // version once; counted, inserting the rows of a new engagement bumped the row's version
    // behind the entity's back (the answer said 0, the row 1).
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "engagement_participant", joinColumns = @JoinColumn(name = "engagement_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    @Embedded
    private AccessControl access = AccessControl.internal(null);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Engagement() {
        this.id = UUID.randomUUID();
        this.kind = EngagementKind.MEETING;
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Engagement(EngagementKind kind, String title, Schedule schedule, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.title = title;
        this.startsAt = schedule.start();
        this.endsAt = schedule.end();
        this.timeZone = schedule.zone().getId();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(EngagementKind kind, String title, Schedule schedule) {
        this.kind = kind;
        this.title = title;
        this.startsAt = schedule.start();
        this.endsAt = schedule.end();
        this.timeZone = schedule.zone().getId();
    }

    public void describe(@Nullable String place, @Nullable String city, @Nullable String country,
            @Nullable String description, @Nullable String notes, @Nullable String outcomes) {
        this.place = place;
        this.city = city;
        this.country = country;
        this.description = description;
        this.notes = notes;
        this.outcomes = outcomes;
    }

    /** The stage the outcome proposes for the partners' relationships; null proposes none. */
    public void propose(@Nullable String stage) {
        this.proposedStage = stage;
    }

    public void placeIn(@Nullable UUID parent) {
        this.parent = parent;
    }

    /** Replaces the participants (a person or organization listed twice counts once) and re-shares. */
    public void participate(List<Participant> newParticipants) {
        var kept = new ArrayList<Participant>();
        for (var p : newParticipants) {
            if (kept.stream().noneMatch(k -> k.sameAs(p))) {
                kept.add(p);
            }
        }
        participants.clear();
        participants.addAll(kept);
        var organizations = organizations();
        this.access = organizations.isEmpty() ? AccessControl.internal(null) : AccessControl.shared(null, organizations);
    }

    /** Moves every reference to {@code merged} to {@code survivor}; true when something changed. */
    public boolean replaceOrganization(UUID merged, UUID survivor) {
        if (participants.stream().noneMatch(p -> merged.equals(p.organization()))) {
            return false;
        }
        participate(participants.stream()
                .map(p -> merged.equals(p.organization()) ? p.withOrganization(survivor) : p)
                .toList());
        return true;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** The participating organizations, in order of listing. */
    public Set<UUID> organizations() {
        var ids = new LinkedHashSet<UUID>();
        participants.stream().map(Participant::organization).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    public Schedule schedule() {
        return new Schedule(startsAt, endsAt, ZoneId.of(timeZone));
    }

    public UUID getId() { return id; }
    public EngagementId id() { return new EngagementId(id); }
    public long getVersion() { return version == null ? 0 : version; }
    public EngagementKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public @Nullable String getPlace() { return place; }
    public @Nullable String getCity() { return city; }
    public @Nullable String getCountry() { return country; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getNotes() { return notes; }
    public @Nullable String getOutcomes() { return outcomes; }
    public @Nullable String getProposedStage() { return proposedStage; }
    public @Nullable UUID getParent() { return parent; }
    public List<Participant> getParticipants() { return List.copyOf(participants); }
    public AccessControl getAccess() { return access; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
