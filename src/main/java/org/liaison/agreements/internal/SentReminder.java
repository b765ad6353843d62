package org.liaison.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "This reminder was sent": one row per (subject, kind, due date), unique in the database, so two
 * nodes (or two runs) never send the same reminder twice: the second insert fails.
 */
@Entity
@Table(name = "agreement_reminder")
class SentReminder {

    enum Kind { MILESTONE, EXPIRY }

    @Id
    private UUID id;

    /** The milestone (MILESTONE) or the agreement (EXPIRY). */
    @Column(name = "subject_id", nullable = false)
    private UUID subject;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentReminder() {
        this.id = UUID.randomUUID();
        this.subject = new UUID(0, 0);
        this.kind = "";
        this.dueOn = LocalDate.EPOCH;
        this.sentAt = Instant.EPOCH;
    }

    SentReminder(UUID subject, Kind kind, LocalDate dueOn, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.kind = kind.name();
        this.dueOn = dueOn;
        this.sentAt = sentAt;
    }

    UUID id() {
        return id;
    }
}
