package org.liaison.relationships.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;

/** One entry of a relationship's history: who moved it, when, from which stage to which, and why. */
@Embeddable
public class StageChange {

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by")
    private @Nullable UUID by;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16)
    private @Nullable Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    private Stage to;

    @Column(length = 1000)
    private @Nullable String reason;

    protected StageChange() {
        this.at = Instant.EPOCH;
        this.to = Stage.PROSPECT;
    }

    StageChange(Instant at, @Nullable UUID by, @Nullable Stage from, Stage to, @Nullable String reason) {
        this.at = at;
        this.by = by;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public Instant at() {
        return at;
    }

    public @Nullable UUID by() {
        return by;
    }

    public @Nullable Stage from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    public @Nullable String reason() {
        return reason;
    }
}
