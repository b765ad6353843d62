package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.fund.core.Decision.Outcome;

class CommitteeVoteTests {

    private static final Instant NOW = Instant.parse("2012-06-01T10:00:00Z");
    private final UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID(),
            e = UUID.randomUUID();
    private final Set<UUID> five = Set.of(a, b, c, d, e);

    @Test
    void withoutQuorumNothingIsDecidedEvenIfAllVotesAreFor() {
        var vote = new CommitteeVote(five, new CommitteeRules(3, 1, 2));
        vote.cast(a, VoteChoice.FOR, "");
        vote.cast(b, VoteChoice.FOR, "");
        assertThat(vote.close(NOW).outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void abstentionsCountForTheQuorumButNotTheMajority() {
        var vote = new CommitteeVote(five, new CommitteeRules(3, 1, 2));
        vote.cast(a, VoteChoice.FOR, "strong team");
        vote.cast(b, VoteChoice.ABSTAIN, "");
        vote.cast(c, VoteChoice.ABSTAIN, "");
        var decision = vote.close(NOW);
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decision.abstentions()).isEqualTo(2);
    }

    @Test
    void aTieIsNotAMajority() {
        var vote = new CommitteeVote(five, new CommitteeRules(2, 1, 2));
        vote.cast(a, VoteChoice.FOR, "");
        vote.cast(b, VoteChoice.AGAINST, "");
        assertThat(vote.close(NOW).outcome()).isEqualTo(Outcome.DECLINED);
    }

    @Test
    void aTwoThirdsMajorityNeedsTwoThirdsOfForAndAgainst() {
        var rules = new CommitteeRules(3, 2, 3);
        var three = new CommitteeVote(five, rules);
        three.cast(a, VoteChoice.FOR, "");
        three.cast(b, VoteChoice.FOR, "");
        three.cast(c, VoteChoice.AGAINST, "");
        assertThat(three.close(NOW).outcome()).isEqualTo(Outcome.APPROVED); // 2 of 3
        var five5 = new CommitteeVote(five, rules);
        five5.cast(a, VoteChoice.FOR, "");
        five5.cast(b, VoteChoice.FOR, "");
        five5.cast(c, VoteChoice.FOR, "");
        five5.cast(d, VoteChoice.AGAINST, "");
        five5.cast(e, VoteChoice.AGAINST, "");
        assertThat(five5.close(NOW).outcome()).isEqualTo(Outcome.DECLINED); // 3 of 5 < 2/3
    }

    @Test
    void aDeclaredConflictExcludesTheMemberAndWithdrawsTheVote() {
        var vote = new CommitteeVote(five, new CommitteeRules(3, 1, 2));
        vote.cast(a, VoteChoice.FOR, "");
        vote.cast(b, VoteChoice.FOR, "");
        vote.cast(c, VoteChoice.AGAINST, "");
        vote.declareConflict(a);
        assertThatThrownBy(() -> vote.cast(a, VoteChoice.FOR, "")).extracting("code").isEqualTo("conflict-of-interest");
        var decision = vote.close(NOW);
        assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(decision.eligible()).isEqualTo(4);
        assertThat(decision.excluded()).isEqualTo(1);
    }

    @Test
    void oneVotePerMemberAndOnlyMembersVote() {
        var vote = new CommitteeVote(five, new CommitteeRules(1, 1, 2));
        vote.cast(a, VoteChoice.FOR, "");
        assertThatThrownBy(() -> vote.cast(a, VoteChoice.AGAINST, "")).extracting("code").isEqualTo("already-voted");
        assertThatThrownBy(() -> vote.cast(UUID.randomUUID(), VoteChoice.FOR, "")).extracting("code")
                .isEqualTo("not-committee-member");
    }

    @Test
    void theDecisionIsFinalOnceClosed() {
        var vote = new CommitteeVote(five, new CommitteeRules(1, 1, 2));
        vote.cast(a, VoteChoice.FOR, "");
        var decision = vote.close(NOW);
        assertThatThrownBy(() -> vote.cast(b, VoteChoice.AGAINST, "")).extracting("code").isEqualTo("decision-closed");
        assertThatThrownBy(() -> vote.declareConflict(a)).extracting("code").isEqualTo("decision-closed");
        assertThatThrownBy(() -> vote.close(NOW.plusSeconds(60))).extracting("code").isEqualTo("decision-closed");
        assertThat(vote.decision()).isEqualTo(decision);
    }

    @Test
    void refusesRulesThatAreNoMajority() {
        assertThatThrownBy(() -> new CommitteeRules(0, 1, 2)).extracting("code").isEqualTo("invalid-quorum");
        assertThatThrownBy(() -> new CommitteeRules(3, 1, 3)).extracting("code").isEqualTo("invalid-majority");
        assertThatThrownBy(() -> new CommitteeRules(3, 4, 3)).extracting("code").isEqualTo("invalid-majority");
    }
}
