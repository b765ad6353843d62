package org.liaison.fund.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.liaison.fund.core.DealStage;

/** A deal's move along the pipeline: from where to where, who moved it and why. Insert-only. */
@Entity
@Immutable
@Table(name = "deal_move")
@AttributeOverride(name = "recordedAt", column = @Column(name = "moved_at", nullable = false))
public class DealMove extends RecordedTransition {

    @Column(name = "deal_id", nullable = false)
    private UUID deal = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 32)
    private @Nullable DealStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 32)
    private DealStage to = DealStage.SOURCED;

    protected DealMove() {}

    public DealMove(UUID deal, @Nullable DealStage from, DealStage to, @Nullable UUID byUser, String byName, String reason,
            Instant movedAt) {
        super(byUser, byName, reason, movedAt);
        this.deal = deal;
        this.from = from;
        this.to = to;
    }

    public UUID getDeal() { return deal; }
    public @Nullable DealStage getFrom() { return from; }
    public DealStage getTo() { return to; }
}
