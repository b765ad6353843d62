package org.liaison.fund.core;

import java.time.Instant;

/**
 * The closed record of a committee vote; it never changes once made.
 *
 * @param eligible members who could vote (members less those with a declared conflict)
 */
public record Decision(Outcome outcome, int votesFor, int votesAgainst, int abstentions, int eligible, int excluded,
        CommitteeRules rules, Instant closedAt) {

    public enum Outcome {
        APPROVED, DECLINED, NO_QUORUM;
    }
}
