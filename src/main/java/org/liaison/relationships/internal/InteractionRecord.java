package org.liaison.relationships.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An interaction with the partner as the relationship keeps it for its strength: the engagement
 * it came from (once only, so a repeated event adds nothing), its day, kind and weight.
 */
@Embeddable
public class InteractionRecord {

    @Column(name = "source_id", nullable = false)
    private UUID source;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false)
    private double weight;

    protected InteractionRecord() {
        this.source = new UUID(0, 0);
        this.date = LocalDate.EPOCH;
        this.kind = "";
    }

    InteractionRecord(UUID source, LocalDate date, String kind, double weight) {
        this.source = source;
        this.date = date;
        this.kind = kind;
        this.weight = weight;
    }

    public UUID source() {
        return source;
    }

    public LocalDate date() {
        return date;
    }

    public String kind() {
        return kind;
    }

    public double weight() {
        return weight;
    }
}
