package org.liaison.fund.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

/**
 * What every recorded transition of the fund module keeps (a deal's move along the pipeline, a
 * fund's change of status): who made it, why, and when. Insert-only; each kind names its own
 * table, its record's column, its from/to columns and its time column ({@code recordedAt}).
 */
@MappedSuperclass
public abstract class RecordedTransition {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "by_user_id")
    private @Nullable UUID byUser;

    @Column(name = "by_name", nullable = false, length = 200)
    private String byName = "";

    @Column(nullable = false, length = 2000)
    private String reason = "";

    private Instant recordedAt = Instant.EPOCH;

    protected RecordedTransition() {}

    protected RecordedTransition(@Nullable UUID byUser, String byName, String reason, Instant at) {
        this.byUser = byUser;
        this.byName = byName;
        this.reason = reason;
        this.recordedAt = at;
    }

    public @Nullable UUID getByUser() { return byUser; }
    public String getByName() { return byName; }
    public String getReason() { return reason; }
    public Instant getRecordedAt() { return recordedAt; }
}
