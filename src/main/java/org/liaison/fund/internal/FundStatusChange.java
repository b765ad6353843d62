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
import org.liaison.fund.FundStatus;

/** A fund's change of status, with who and why. Insert-only. */
@Entity
@Immutable
@Table(name = "fund_status_change")
@AttributeOverride(name = "recordedAt", column = @Column(name = "changed_at", nullable = false))
public class FundStatusChange extends RecordedTransition {

    @Column(name = "fund_id", nullable = false)
    private UUID fund = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    private @Nullable FundStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    private FundStatus to = FundStatus.PROPOSED;

    protected FundStatusChange() {}

    public FundStatusChange(UUID fund, @Nullable FundStatus from, FundStatus to, @Nullable UUID byUser, String byName,
            String reason, Instant changedAt) {
        super(byUser, byName, reason, changedAt);
        this.fund = fund;
        this.from = from;
        this.to = to;
    }

    public @Nullable FundStatus getFrom() { return from; }
    public FundStatus getTo() { return to; }
}
