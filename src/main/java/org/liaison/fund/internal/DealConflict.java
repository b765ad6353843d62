package org.liaison.fund.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;

/** A member's declared conflict of interest on a deal: excluded from its vote. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@AuditTable("committee_conflict_aud") // not deal_conflict_aud: the audit trail would take that for a collection of the deal
@Immutable
@IdClass(DealConflict.Key.class)
@Table(name = "deal_conflict")
public class DealConflict {

    public record Key(UUID deal, UUID member) implements Serializable {
        public Key() {
            this(new UUID(0, 0), new UUID(0, 0));
        }
    }

    @Id
    @Column(name = "deal_id")
    private UUID deal;

    @Id
    @Column(name = "member_id")
    private UUID member;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected DealConflict() {
        this.deal = UUID.randomUUID();
        this.member = UUID.randomUUID();
        this.reason = "";
        this.declaredAt = Instant.EPOCH;
    }

    public DealConflict(UUID deal, UUID member, String reason, Instant declaredAt) {
        this.deal = deal;
        this.member = member;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public UUID getDeal() { return deal; }
    public UUID getMember() { return member; }
    public String getReason() { return reason; }
    public Instant getDeclaredAt() { return declaredAt; }
}
