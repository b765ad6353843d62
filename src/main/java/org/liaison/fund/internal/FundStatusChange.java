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
import org.liaison.fund.FundStatus;

/** A fund's change of status, with who and why. Insert-only. */
@Entity
@Immutable
@Table(name = "fund_status_change")
public class FundStatusChange {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "fund_id", nullable = false)
    private UUID fund;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    private @Nullable FundStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    private FundStatus to;

    @Column(name = "by_user_id")
    private @Nullable UUID byUser;

    @Column(name = "by_name", nullable = false, length = 200)
    private String byName;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected FundStatusChange() {
        this.fund = UUID.randomUUID();
        this.to = FundStatus.PROPOSED;
        this.byName = "";
        this.reason = "";
        this.changedAt = Instant.EPOCH;
    }

    public FundStatusChange(UUID fund, @Nullable FundStatus from, FundStatus to, @Nullable UUID byUser, String byName,
            String reason, Instant changedAt) {
        this.fund = fund;
        this.from = from;
        this.to = to;
        this.byUser = byUser;
        this.byName = byName;
        this.reason = reason;
        this.changedAt = changedAt;
    }

    public @Nullable FundStatus getFrom() { return from; }
    public FundStatus getTo() { return to; }
    public String getByName() { return byName; }
    public String getReason() { return reason; }
    public Instant getChangedAt() { return changedAt; }
}
