package org.liaison.fund.core;

import org.liaison.shared.RuleViolationException;

/**
 * A fund's voting rules.
 * <ul>
 * <li>Quorum: at least {@code quorum} eligible members (not excluded by a conflict of interest)
 * have cast a vote, abstentions included.</li>
 * <li>Majority: the votes for are more than the votes against, and at least
 * {@code majorityNumerator}/{@code majorityDenominator} of the votes for and against together
 * (1/2: a simple majority; 2/3: two thirds). Abstentions count for the quorum only.</li>
 * </ul>
 */
public record CommitteeRules(int quorum, int majorityNumerator, int majorityDenominator) {

    public static final CommitteeRules SIMPLE_MAJORITY_OF_THREE = new CommitteeRules(3, 1, 2);

    public CommitteeRules {
        if (quorum < 1) {
            throw new RuleViolationException("invalid-quorum", "The quorum is at least one member");
        }
        if (majorityDenominator < 1 || majorityNumerator < 1 || majorityNumerator > majorityDenominator
                || 2 * majorityNumerator < majorityDenominator) {
            throw new RuleViolationException("invalid-majority", "The majority is a fraction from 1/2 to 1");
        }
    }

    boolean carries(int votesFor, int votesAgainst) {
        return votesFor > votesAgainst
                && (long) votesFor * majorityDenominator >= (long) majorityNumerator * (votesFor + votesAgainst);
    }
}
