package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A task that an engagement left: who does it, by when, and whether it is done. Done once stays
 * done: marking it again keeps the first time. Overdue when open after its due date.
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "follow_up")
public class FollowUp {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "engagement_id", nullable = false)
    private UUID engagement;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "owner_user_id", nullable = false)
    private UUID owner;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    /** Sample data: illustrates upcoming work in a demo, dated relative to the day it was loaded. */
    @Column(nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUp() {
        this.id = UUID.randomUUID();
        this.engagement = id;
        this.title = "";
        this.owner = id;
        this.createdAt = Instant.EPOCH;
    }

    public FollowUp(UUID engagement, String title, UUID owner, @Nullable LocalDate dueDate, boolean sample, Instant now) {
        this.id = UUID.randomUUID();
        this.engagement = engagement;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
        this.sample = sample;
        this.createdAt = now;
    }

    /** Marks it done at {@code now}; a second call changes nothing. */
    public void markDone(Instant now) {
        if (!done) {
            done = true;
            doneAt = now;
        }
    }

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version == null ? 0 : version; }
    public UUID getEngagement() { return engagement; }
    public String getTitle() { return title; }
    public UUID getOwner() { return owner; }
    public @Nullable LocalDate getDueDate() { return dueDate; }
    public boolean isDone() { return done; }
    public @Nullable Instant getDoneAt() { return doneAt; }
    public boolean isSample() { return sample; }
    public Instant getCreatedAt() { return createdAt; }

}
