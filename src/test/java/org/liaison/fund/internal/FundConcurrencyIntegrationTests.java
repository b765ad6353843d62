package org.liaison.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.EntryDraft;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.Money;
import org.liaison.fund.core.VoteChoice;
import org.liaison.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Several threads voting and posting at once: nothing is lost, nothing counted twice. */
@Tag("persistence")
@SpringBootTest
class FundConcurrencyIntegrationTests {

    @Autowired UserAccounts users;
    @Autowired DirectoryService directory;
    @Autowired FundService funds;
    @Autowired DealService deals;
    @Autowired LedgerService ledger;
    @Autowired LedgerEntries entries;
    @Autowired Votes votes;

    @Test
    void concurrentVotesOfAllMembersAreAllCounted() throws Exception {
        var members = new ArrayList<UUID>();
        for (int i = 0; i < 8; i++) {
            members.add(users.create(NewUser.staff("voter-" + UUID.randomUUID().toString().substring(0, 8), "Voter " + i,
                    "voting-password-2012", Role.COMMITTEE_MEMBER)).id());
        }
        var fixtures = new FundFixtures(directory, funds, deals, ledger);
        var made = fixtures.fund(null, Set.of(), Set.copyOf(members), DealStage.COMMITTEE);
        var tasks = new ArrayList<Callable<Object>>();
        // Each member sends two different votes at the same moment: exactly one of them counts.
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            for (var choice : List.of(i < 5 ? VoteChoice.FOR : VoteChoice.AGAINST, VoteChoice.ABSTAIN)) {
                tasks.add(() -> {
                    try {
                        return ViewerContext.call(users.viewerOf(member), () -> deals.vote(made.fund(), made.deal(), choice, ""));
                    } catch (RuleViolationException | org.springframework.dao.DataIntegrityViolationException e) {
                        return e;
                    }
                });
            }
        }
        var results = runAtOnce(tasks);
        assertThat(results.stream().filter(r -> r instanceof FundViews.CommitteeView).count()).isEqualTo(8);
        assertThat(results.stream().filter(r -> r instanceof RuleViolationException e && e.code().equals("already-voted")).count()).isEqualTo(8);
        assertThat(votes.countByDeal(made.deal())).isEqualTo(8);
        var committee = FundFixtures.system(() -> deals.committee(made.fund(), made.deal()));
        assertThat(committee.tally().votesFor() + committee.tally().votesAgainst() + committee.tally().abstentions()).isEqualTo(8);
        var distinct = new HashSet<UUID>();
        committee.votes().forEach(v -> distinct.add(v.member()));
        assertThat(distinct).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void concurrentPostingsAreAllKeptAndSumExactly() throws Exception {
        var fixtures = new FundFixtures(directory, funds, deals, ledger);
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.SCREENING);
        long before = entries.countByFund(made.fund());
        int threads = 4;
        int each = 15;
        var tasks = new ArrayList<Callable<Object>>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < each; i++) {
                    var amount = Money.of("0.0" + (1 + (thread + i) % 9), "USD");
                    FundFixtures.system(() -> ledger.post(made.fund(),
                            new EntryDraft(EntryKind.FEE, LocalDate.of(2030, 1, 1), amount, null, null, "concurrent")));
                }
                return null;
            });
        }
        runAtOnce(tasks);
        assertThat(entries.countByFund(made.fund()) - before).isEqualTo(threads * each);
        var expected = BigDecimal.ZERO;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i++) {
                expected = expected.add(new BigDecimal("0.0" + (1 + (t + i) % 9)));
            }
        }
        var balances = FundFixtures.system(() -> ledger.balances(made.fund()));
        assertThat(balances.fund().byKind().get(EntryKind.FEE)).isEqualByComparingTo(expected);
    }

    @Test
    void concurrentReversalsOfOneEntryReverseItOnce() throws Exception {
        var fixtures = new FundFixtures(directory, funds, deals, ledger);
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.SCREENING);
        var tasks = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 5; i++) {
            tasks.add(() -> {
                try {
                    return FundFixtures.system(() -> ledger.reverse(made.fund(), made.entry(), null, "race"));
                } catch (RuleViolationException | org.springframework.dao.DataIntegrityViolationException e) {
                    return e;
                }
            });
        }
        var results = runAtOnce(tasks);
        assertThat(results.stream().filter(r -> r instanceof org.liaison.fund.internal.FundViews.EntryView).count()).isEqualTo(1);
        var balances = FundFixtures.system(() -> ledger.balances(made.fund()));
        assertThat(balances.fund().byKind().get(EntryKind.COMMITMENT)).isEqualByComparingTo("0");
    }

    private static List<Object> runAtOnce(List<Callable<Object>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(tasks.size());
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<Object>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<Object>();
            for (var f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
