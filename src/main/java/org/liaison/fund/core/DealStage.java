package org.liaison.fund.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline of a deal: sourced, screening, due diligence, committee, approved or declined,
 * invested, exited. A deal is declined at screening or due diligence by a move; at the committee
 * only the committee's closed decision approves or declines it.
 */
public enum DealStage {
    SOURCED, SCREENING, DUE_DILIGENCE, COMMITTEE, APPROVED, DECLINED, INVESTED, EXITED;

    /** The stages a person may move a deal to from this one. */
    public Set<DealStage> moves() {
        return switch (this) {
            case SOURCED -> EnumSet.of(SCREENING, DECLINED);
            case SCREENING -> EnumSet.of(DUE_DILIGENCE, DECLINED);
            case DUE_DILIGENCE -> EnumSet.of(COMMITTEE, DECLINED, SCREENING);
            case COMMITTEE -> EnumSet.noneOf(DealStage.class);
            case APPROVED -> EnumSet.of(INVESTED);
            case INVESTED -> EnumSet.of(EXITED);
            case DECLINED, EXITED -> EnumSet.noneOf(DealStage.class);
        };
    }

    public boolean canMoveTo(DealStage next) {
        return moves().contains(next);
    }
}
