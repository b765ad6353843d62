package org.liaison.fund.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.liaison.fund.core.DealStage;

/** A deal's move along the pipeline: from where to where, who moved it and why. Insert-only. */
@Entity
@Immutable
@Table(name = "deal_move")
public class DealMove {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "deal_id", nullable = false)
    private UUID deal;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 32)
    private @Nullable DealStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 32)
    private DealStage to;

    @Column(name = "by_user_id")
    private @Nullable UUID byUser;

    @Column(name = "by_name", nullable = false, length = 200)
    private String byName;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected DealMove() {
        this.deal = UUID.randomUUID();
        this.to = DealStage.SOURCED;
        this.byName = "";
        this.reason = "";
        this.movedAt = Instant.EPOCH;
    }

    public DealMove(UUID deal, @Nullable DealStage from, DealStage to, @Nullable UUID byUser, String byName, String reason,
            Instant movedAt) {
        this.deal = deal;
        this.from = from;
        this.to = to;
        this.byUser = byUser;
        this.byName = byName;
        this.reason = reason;
        this.movedAt = movedAt;
    }

    public UUID getDeal() { return deal; }
    public @Nullable DealStage getFrom() { return from; }
    public DealStage getTo() { return to; }
    public @Nullable UUID getByUser() { return byUser; }
    public String getByName() { return byName; }
    public String getReason() { return reason; }
    public Instant getMovedAt() { return movedAt; }
}
