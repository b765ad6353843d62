package org.liaison.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/** An obligation or milestone of an agreement, owed by one of its parties (its side). */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "agreement_milestone")
public class Milestone {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "agreement_id", nullable = false)
    private UUID agreement;

    @Column(nullable = false, length = 500)
    private String title;

    /** The party that owes it. */
    @Column(name = "owner_organization_id", nullable = false)
    private UUID owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MilestoneStatus status = MilestoneStatus.OPEN;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by", length = 200)
    private @Nullable String doneBy;

    @Column(nullable = false)
    private boolean sample;

    protected Milestone() {
        this.id = UUID.randomUUID();
        this.agreement = new UUID(0, 0);
        this.title = "";
        this.owner = new UUID(0, 0);
        this.dueOn = LocalDate.EPOCH;
    }

    Milestone(UUID agreement, String title, UUID owner, LocalDate dueOn, boolean sample) {
        this.id = UUID.randomUUID();
        this.agreement = agreement;
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
        this.sample = sample;
    }

    void markDone(String by, Instant now) {
        if (status != MilestoneStatus.OPEN) {
            throw new RuleViolationException("milestone-not-open", "Only an open milestone can be marked done");
        }
        this.status = MilestoneStatus.DONE;
        this.doneAt = now;
        this.doneBy = by;
    }

    void ownerMerged(UUID merged, UUID survivor) {
        if (owner.equals(merged)) {
            owner = survivor;
        }
    }

    public UUID getId() { return id; }
    public long getVersion() { return version == null ? 0 : version; }
    public UUID getAgreement() { return agreement; }
    public String getTitle() { return title; }
    public UUID getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public MilestoneStatus getStatus() { return status; }
    public @Nullable Instant getDoneAt() { return doneAt; }
    public boolean isSample() { return sample; }
}
