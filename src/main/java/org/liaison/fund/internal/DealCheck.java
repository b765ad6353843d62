package org.liaison.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** One item of the fund's due diligence checklist, for one deal: done or not, and by whom. */
@Embeddable
public class DealCheck {

    @Column(nullable = false, length = 300)
    private String item = "";

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_by", length = 200)
    private @Nullable String doneBy;

    protected DealCheck() {}

    public DealCheck(String item, boolean done, @Nullable String doneBy) {
        this.item = item;
        this.done = done;
        this.doneBy = doneBy;
    }

    public String item() { return item; }
    public boolean done() { return done; }
    public @Nullable String doneBy() { return doneBy; }
}
