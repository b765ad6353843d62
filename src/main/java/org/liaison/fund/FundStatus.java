package org.liaison.fund;

/**
 * A fund's life: proposed, under consideration, established, investing, harvesting, closed. It
 * moves one step forward at a time, or to closed from any state (a fund that is not set up).
 */
public enum FundStatus {
    PROPOSED, UNDER_CONSIDERATION, ESTABLISHED, INVESTING, HARVESTING, CLOSED;

    public boolean canMoveTo(FundStatus next) {
        return this != CLOSED && (next == CLOSED || next.ordinal() == ordinal() + 1);
    }

    /** Whether the fund invests (deals may be invested in and ledger entries for them posted). */
    public boolean isEstablished() {
        return ordinal() >= ESTABLISHED.ordinal();
    }
}
