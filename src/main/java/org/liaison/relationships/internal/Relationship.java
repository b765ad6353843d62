package org.liaison.relationships.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.relationships.Stage;
import org.liaison.shared.RuleViolationException;

/**
 * The hub's relationship with one partner organization. Its stage changes only through
 * {@link #moveTo}, which keeps the full history and guards these rules:
 * <ul>
 * <li>a move to the stage it is at is refused ({@code relationship-same-stage});</li>
 * <li>AGREEMENT is reached from ENGAGED or beyond: a prospect or a mere contact cannot be moved
 * there by hand ({@code relationship-agreement-too-early}); a signed agreement reported by the
 * agreements module is evidence and skips this guard ({@link #agreementSigned});</li>
 * <li>ACTIVE follows an agreement: only from AGREEMENT ({@code relationship-active-without-agreement});</li>
 * <li>a move back in the pipeline, and a move to DORMANT, need a reason ({@code relationship-reason-required});</li>
 * <li>DORMANT can go back to any stage, and any stage can become DORMANT.</li>
 * </ul>
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "relationship")
public class Relationship {

    @Id
    private UUID id;

    /** Null until first saved, so the repository persists a new record instead of merging it. */
    @Version
    private @Nullable Long version;

    @Column(name = "organization_id", nullable = false)
    private UUID organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stage stage;

    @Column(name = "owner_user_id")
    private @Nullable UUID owner;

    @Column(name = "next_step", length = 1000)
    private @Nullable String nextStep;

    @Column(name = "next_step_due")
    private @Nullable LocalDate nextStepDue;

    @Column(name = "last_contact")
    private @Nullable LocalDate lastContact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "relationship_stage_change", joinColumns = @JoinColumn(name = "relationship_id"))
    @OrderColumn(name = "position")
    private List<StageChange> history = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "relationship_interaction", joinColumns = @JoinColumn(name = "relationship_id"))
    private List<InteractionRecord> interactions = new ArrayList<>();

    protected Relationship() {
        this.id = UUID.randomUUID();
        this.organization = new UUID(0, 0);
        this.stage = Stage.PROSPECT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A new relationship at {@code stage}; its history starts with that entry. */
    public Relationship(OrganizationId organization, Stage stage, @Nullable UUID owner, @Nullable String reason,
            @Nullable UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.organization = organization.value();
        this.stage = stage;
        this.owner = owner;
        this.createdAt = now;
        this.updatedAt = now;
        this.history.add(new StageChange(now, by, null, stage, clean(reason)));
    }

    /** Moves to another stage under the rules above; returns the entry added to the history. */
    public StageChange moveTo(Stage target, @Nullable String reason, @Nullable UUID by, Instant now) {
        String why = clean(reason);
        if (target == stage) {
            throw new RuleViolationException("relationship-same-stage", "The relationship is already at " + target);
        }
        if (stage != Stage.DORMANT) {
            if (target == Stage.AGREEMENT && stage.isBehind(Stage.ENGAGED)) {
                throw new RuleViolationException("relationship-agreement-too-early",
                        "An agreement follows engagement: move to ENGAGED or NEGOTIATING first");
            }
            if (target == Stage.ACTIVE && stage != Stage.AGREEMENT) {
                throw new RuleViolationException("relationship-active-without-agreement",
                        "A partnership becomes active after an agreement");
            }
            if ((target.isBehind(stage) || target == Stage.DORMANT) && why == null) {
                throw new RuleViolationException("relationship-reason-required",
                        "Say why the relationship moves back or becomes dormant");
            }
        }
        return record(target, why, by, now);
    }

    /**
     * A signed agreement moves the relationship to AGREEMENT from any stage before it (or from
     * DORMANT); at AGREEMENT or ACTIVE nothing changes and null is returned.
     */
    public @Nullable StageChange agreementSigned(@Nullable String reason, Instant now) {
        if (stage.isPartner()) {
            return null;
        }
        return record(Stage.AGREEMENT, clean(reason), null, now);
    }

    private StageChange record(Stage target, @Nullable String why, @Nullable UUID by, Instant now) {
        var change = new StageChange(now, by, stage, target, why);
        history.add(change);
        stage = target;
        updatedAt = now;
        return change;
    }

    public void assign(@Nullable UUID newOwner, Instant now) {
        this.owner = newOwner;
        this.updatedAt = now;
    }

    public void planNextStep(@Nullable String text, @Nullable LocalDate due, Instant now) {
        this.nextStep = clean(text);
        this.nextStepDue = this.nextStep == null ? null : due;
        this.updatedAt = now;
    }

    /**
     * Records an interaction once per source (an engagement): the same source again with the same
     * day and kind changes nothing and returns false; with another day or kind it replaces the
     * earlier record. The last contact is the latest interaction's day.
     */
    public boolean recordInteraction(UUID source, LocalDate date, String kind, double weight, Instant now) {
        var existing = interactions.stream().filter(i -> i.source().equals(source)).findFirst();
        if (existing.isPresent()) {
            var known = existing.get();
            if (known.date().equals(date) && known.kind().equals(kind) && known.weight() == weight) {
                return false;
            }
            interactions.remove(known);
        }
        interactions.add(new InteractionRecord(source, date, kind, weight));
        lastContact = interactions.stream().map(InteractionRecord::date).max(Comparator.naturalOrder()).orElse(null);
        updatedAt = now;
        return true;
    }

    /** Forgets the interaction of a source (the organization no longer took part); false when there was none. */
    public boolean forgetInteraction(UUID source, Instant now) {
        if (!interactions.removeIf(i -> i.source().equals(source))) {
            return false;
        }
        lastContact = interactions.stream().map(InteractionRecord::date).max(Comparator.naturalOrder()).orElse(null);
        updatedAt = now;
        return true;
    }

    /**
     * Takes over the history and interactions of a duplicate's relationship (its organization was
     * merged into this one's). The stage stays this one's; the history is kept in time order.
     */
    public void absorb(Relationship duplicate, Instant now) {
        var merged = new ArrayList<>(history);
        merged.addAll(duplicate.history);
        merged.sort(Comparator.comparing(StageChange::at));
        history.clear();
        history.addAll(merged);
        for (var interaction : duplicate.interactions) {
            recordInteraction(interaction.source(), interaction.date(), interaction.kind(), interaction.weight(), now);
        }
        if (owner == null) {
            owner = duplicate.owner;
        }
        if (nextStep == null) {
            nextStep = duplicate.nextStep;
            nextStepDue = duplicate.nextStepDue;
        }
        if (duplicate.lastContact != null && (lastContact == null || duplicate.lastContact.isAfter(lastContact))) {
            lastContact = duplicate.lastContact;
        }
        updatedAt = now;
    }

    /** The organization was merged and this relationship now belongs to the survivor. */
    void repoint(OrganizationId survivor, Instant now) {
        this.organization = survivor.value();
        this.updatedAt = now;
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public OrganizationId getOrganization() {
        return new OrganizationId(organization);
    }

    public Stage getStage() {
        return stage;
    }

    public @Nullable UUID getOwner() {
        return owner;
    }

    public @Nullable String getNextStep() {
        return nextStep;
    }

    public @Nullable LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public @Nullable LocalDate getLastContact() {
        return lastContact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<StageChange> getHistory() {
        return List.copyOf(history);
    }

    public List<InteractionRecord> getInteractions() {
        return List.copyOf(interactions);
    }
}
