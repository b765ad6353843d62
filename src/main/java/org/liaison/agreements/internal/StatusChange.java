package org.liaison.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementStatus;

/** One step of an agreement's history, for its timeline. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private @Nullable AgreementStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private AgreementStatus to;

    @Column(name = "effective_on", nullable = false)
    private LocalDate on;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String by;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    protected StatusChange() {
        this.to = AgreementStatus.DRAFT;
        this.on = LocalDate.EPOCH;
        this.by = "";
        this.at = Instant.EPOCH;
    }

    StatusChange(@Nullable AgreementStatus from, AgreementStatus to, LocalDate on, String by, Instant at) {
        this.from = from;
        this.to = to;
        this.on = on;
        this.by = by;
        this.at = at;
    }

    public @Nullable AgreementStatus from() {
        return from;
    }

    public AgreementStatus to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
