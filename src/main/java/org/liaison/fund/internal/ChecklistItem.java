package org.liaison.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.liaison.fund.core.DueDiligence;

/**
 * An item of a fund's due diligence checklist. Its number is given once and never reused, so a
 * deal's record of an item stays with that item when others are added or removed.
 */
@Embeddable
public class ChecklistItem {

    @Column(name = "item_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String item = "";

    @Column(nullable = false)
    private boolean required = true;

    protected ChecklistItem() {}

    public ChecklistItem(int number, String item, boolean required) {
        this.number = number;
        this.item = item;
        this.required = required;
    }

    public int number() { return number; }
    public String item() { return item; }
    public boolean required() { return required; }

    DueDiligence.Item core() {
        return new DueDiligence.Item(number, item, required);
    }
}
