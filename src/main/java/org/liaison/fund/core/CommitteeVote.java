package org.liaison.fund.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/**
 * A committee's vote on one deal. Members are the users with the committee role; a member who
 * declares a conflict of interest is excluded from this vote (a vote already cast is withdrawn).
 * One vote per member. Closing it makes the {@link Decision}; after that nothing changes.
 */
public final class CommitteeVote {

    public record Ballot(VoteChoice choice, String comment) {}

    private final Set<UUID> members;
    private final CommitteeRules rules;
    private final Set<UUID> conflicts = new LinkedHashSet<>();
    private final Map<UUID, Ballot> ballots = new LinkedHashMap<>();
    private @Nullable Decision decision;

    public CommitteeVote(Set<UUID> members, CommitteeRules rules) {
        this.members = Set.copyOf(members);
        this.rules = rules;
    }

    /** Rebuilds a vote from what was stored. */
    public static CommitteeVote restore(Set<UUID> members, CommitteeRules rules, Set<UUID> conflicts,
            Map<UUID, Ballot> ballots, @Nullable Decision decision) {
        var vote = new CommitteeVote(members, rules);
        vote.conflicts.addAll(conflicts);
        ballots.forEach((member, ballot) -> {
            if (!conflicts.contains(member)) {
                vote.ballots.put(member, ballot);
            }
        });
        vote.decision = decision;
        return vote;
    }

    public void declareConflict(UUID member) {
        open();
        member(member);
        conflicts.add(member);
        ballots.remove(member);
    }

    public void cast(UUID member, VoteChoice choice, String comment) {
        open();
        member(member);
        if (conflicts.contains(member)) {
            throw new RuleViolationException("conflict-of-interest", "A member with a declared conflict does not vote on this deal");
        }
        if (ballots.containsKey(member)) {
            throw new RuleViolationException("already-voted", "Each member votes once");
        }
        ballots.put(member, new Ballot(choice, comment.strip()));
    }

    /** What closing now would decide. */
    public Decision tally(Instant at) {
        int votesFor = count(VoteChoice.FOR);
        int against = count(VoteChoice.AGAINST);
        int abstain = count(VoteChoice.ABSTAIN);
        int excluded = (int) conflicts.stream().filter(members::contains).count();
        var outcome = ballots.size() < rules.quorum() ? Decision.Outcome.NO_QUORUM
                : rules.carries(votesFor, against) ? Decision.Outcome.APPROVED : Decision.Outcome.DECLINED;
        return new Decision(outcome, votesFor, against, abstain, members.size() - excluded, excluded, rules, at);
    }

    public Decision close(Instant at) {
        open();
        decision = tally(at);
        return decision;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    public boolean isClosed() {
        return decision != null;
    }

    public Map<UUID, Ballot> ballots() {
        return Collections.unmodifiableMap(ballots);
    }

    public Set<UUID> conflicts() {
        return Collections.unmodifiableSet(conflicts);
    }

    private int count(VoteChoice choice) {
        return (int) ballots.values().stream().filter(b -> b.choice() == choice).count();
    }

    private void open() {
        if (decision != null) {
            throw new RuleViolationException("decision-closed", "The committee's decision is closed and final");
        }
    }

    private void member(UUID member) {
        if (!members.contains(member)) {
            throw new RuleViolationException("not-committee-member", "Only committee members vote");
        }
    }
}
