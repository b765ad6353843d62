package org.liaison.forum.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A time slot of a brokerage event: its code ("d1-0900"), day number (1, 2, ...), start and length. */
@Embeddable
public class SlotRow {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "day_number", nullable = false)
    private int day;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int minutes;

    protected SlotRow() {
        this.code = "";
        this.startsAt = Instant.EPOCH;
    }

    SlotRow(String code, int day, Instant startsAt, int minutes) {
        this.code = code;
        this.day = day;
        this.startsAt = startsAt;
        this.minutes = minutes;
    }

    public String code() {
        return code;
    }

    public int day() {
        return day;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int minutes() {
        return minutes;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }
}
