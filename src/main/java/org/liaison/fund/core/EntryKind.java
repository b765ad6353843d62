package org.liaison.fund.core;

/**
 * What a ledger entry records. A commitment and a capital call belong to a sponsor; an investment
 * and a write-down to a deal; a distribution may name the deal it came from and the sponsor it
 * went to; a fee names neither or either.
 */
public enum EntryKind {
    COMMITMENT(true, false),
    CAPITAL_CALL(true, false),
    INVESTMENT(false, true),
    FEE(false, false),
    DISTRIBUTION(false, false),
    WRITE_DOWN(false, true);

    private final boolean needsSponsor;
    private final boolean needsDeal;

    EntryKind(boolean needsSponsor, boolean needsDeal) {
        this.needsSponsor = needsSponsor;
        this.needsDeal = needsDeal;
    }

    public boolean needsSponsor() {
        return needsSponsor;
    }

    public boolean needsDeal() {
        return needsDeal;
    }

    /** What a sponsor's partner users may see of the ledger: their own commitments and calls. */
    public boolean isSponsorFacing() {
        return this == COMMITMENT || this == CAPITAL_CALL;
    }
}
