package org.liaison.fund.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.core.DueDiligence;

/**
 * What was recorded for one item of the fund's due diligence checklist, for one deal: done or not,
 * by whom, when, and a note. The item's label is kept as it read when recorded.
 */
@Embeddable
public class DealCheck {

    @Column(name = "item_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String item = "";

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_by", length = 200)
    private @Nullable String doneBy;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(length = 2000)
    private @Nullable String note;

    protected DealCheck() {}

    public DealCheck(int number, String item, boolean done, @Nullable String doneBy, @Nullable Instant doneAt,
            @Nullable String note) {
        this.number = number;
        this.item = item;
        this.done = done;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
        this.note = note;
    }

    public int number() { return number; }
    public String item() { return item; }
    public boolean done() { return done; }
    public @Nullable String doneBy() { return doneBy; }
    public @Nullable Instant doneAt() { return doneAt; }
    public @Nullable String note() { return note; }

    DueDiligence.Check core() {
        return new DueDiligence.Check(number, done, doneBy, doneAt, note);
    }
}
