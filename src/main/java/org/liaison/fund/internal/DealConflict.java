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

/** A member's declared conflict of interest on a deal: excluded from its vote. */
@Entity
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
