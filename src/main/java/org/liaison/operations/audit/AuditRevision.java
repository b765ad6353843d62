package org.liaison.operations.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One transaction that changed audited records: who (the user name at the time, replaced by a
 * pseudonym when the person is erased) and when, in UTC. Each audited entity's {@code _aud} table
 * points here with {@code rev}.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 200)
    private String username = "system";

    protected AuditRevision() {
        this.changedAt = Instant.EPOCH;
    }

    public long id() {
        return id;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String username() {
        return username;
    }

    void username(@Nullable String username) {
        this.username = username == null || username.isBlank() ? "system" : username;
    }
}
