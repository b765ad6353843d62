package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/**
 * Property-based tests of the ledger: whatever valid entries are posted in whatever order, every
 * balance is the sum of its entries; a reversal restores the balances; conversion is exact
 * decimal arithmetic rounded once.
 */
class LedgerProperties {

    static final Currency USD = Money.currency("USD");
    static final List<UUID> SPONSORS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    static final List<UUID> DEALS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    static final LocalDate START = LocalDate.of(2012, 1, 1);
    static final RateTable RATES = RateTable.of(
            new ExchangeRate(USD, Money.currency("RUB"), START, new BigDecimal("29.3157")),
            new ExchangeRate(USD, Money.currency("RUB"), START.plusDays(100), new BigDecimal("31.0011")),
            new ExchangeRate(USD, Money.currency("CNY"), START, new BigDecimal("6.2951")),
            new ExchangeRate(Money.currency("JPY"), USD, START, new BigDecimal("0.012487")));

    /** One step: post a draft, or reverse the n-th entry posted so far (when it may be reversed). */
    record Step(EntryDraft draft, int reverseIndex, boolean reverse) {}

    @Property(tries = 300)
    void everyBalanceIsTheSumOfItsEntries(@ForAll("steps") List<Step> steps) {
        var ledger = new Ledger(USD);
        apply(ledger, steps);
        var balances = ledger.balances();
        for (var kind : EntryKind.values()) {
            assertThat(balances.fund(kind)).isEqualByComparingTo(sum(ledger.entries(), e -> e.kind() == kind));
            for (var sponsor : SPONSORS) {
                assertThat(balances.sponsor(sponsor, kind)).isEqualByComparingTo(
                        sum(ledger.entries(), e -> e.kind() == kind && sponsor.equals(e.sponsor())));
            }
            for (var deal : DEALS) {
                assertThat(balances.deal(deal, kind)).isEqualByComparingTo(
                        sum(ledger.entries(), e -> e.kind() == kind && deal.equals(e.deal())));
            }
        }
        // In each sponsor's own currencies too: commitments add up exactly as entered.
        for (var sponsor : SPONSORS) {
            var own = balances.sponsorCommitments().getOrDefault(sponsor, java.util.Map.of());
            for (var entry : own.entrySet()) {
                var expected = ledger.entries().stream()
                        .filter(e -> e.kind() == EntryKind.COMMITMENT && sponsor.equals(e.sponsor())
                                && e.amount().currency().equals(entry.getKey()))
                        .map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(entry.getValue()).isEqualByComparingTo(expected);
            }
        }
    }

    @Property(tries = 300)
    void reversingAnEntryRestoresEveryBalance(@ForAll("steps") List<Step> steps, @ForAll("drafts") EntryDraft extra) {
        var ledger = new Ledger(USD);
        apply(ledger, steps);
        var before = ledger.balances();
        var posted = ledger.post(ledger.prepare(UUID.randomUUID(), extra, RATES));
        ledger.post(ledger.reversal(UUID.randomUUID(), posted.id(), extra.date().plusDays(3), "correction"));
        var after = ledger.balances();
        for (var kind : EntryKind.values()) {
            assertThat(after.fund(kind)).isEqualByComparingTo(before.fund(kind));
            for (var sponsor : SPONSORS) {
                assertThat(after.sponsor(sponsor, kind)).isEqualByComparingTo(before.sponsor(sponsor, kind));
            }
            for (var deal : DEALS) {
                assertThat(after.deal(deal, kind)).isEqualByComparingTo(before.deal(deal, kind));
            }
        }
        assertThat(ledger.isReversed(posted.id())).isTrue();
    }

    @Property(tries = 500)
    void conversionIsExactDecimalArithmeticRoundedOnce(
            @ForAll @BigRange(min = "0.01", max = "999999999999999.99") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0.0000000001", max = "99999.9999999999") @Scale(10) BigDecimal rate) {
        var table = RateTable.of(new ExchangeRate(USD, Money.currency("RUB"), START, rate));
        var converted = table.require(USD, Money.currency("RUB"), START).convert(new Money(amount, USD));
        assertThat(converted.amount()).isEqualTo(amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN));
        var back = table.require(Money.currency("RUB"), USD, START).convert(new Money(amount, Money.currency("RUB")));
        assertThat(back.amount()).isEqualTo(amount.divide(rate.stripTrailingZeros(), 2, RoundingMode.HALF_EVEN));
    }

    /** Amounts of 17 and more digits, which a double cannot hold, survive a rate of exactly 1 unchanged. */
    @Property(tries = 200)
    void amountsBeyondDoublePrecisionConvertWithoutLoss(
            @ForAll @BigRange(min = "10000000000000000.00", max = "99999999999999999.99") @Scale(2) BigDecimal amount) {
        var table = RateTable.of(new ExchangeRate(USD, Money.currency("EUR"), START, BigDecimal.ONE));
        var converted = table.require(USD, Money.currency("EUR"), START).convert(new Money(amount, USD));
        assertThat(converted.amount()).isEqualTo(amount);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        var reverse = Combinators.combine(drafts(), Arbitraries.integers().between(0, 40), Arbitraries.of(true, false))
                .as(Step::new);
        return reverse.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<EntryDraft> drafts() {
        var kinds = Arbitraries.of(EntryKind.class);
        var currencies = Arbitraries.of("USD", "RUB", "CNY", "JPY");
        var cents = Arbitraries.longs().between(1, 5_000_000_000L);
        var days = Arbitraries.integers().between(0, 400);
        var sponsors = Arbitraries.of(SPONSORS);
        var deals = Arbitraries.of(DEALS);
        return Combinators.combine(kinds, currencies, cents, days, sponsors, deals, Arbitraries.of(true, false))
                .as((kind, currency, units, day, sponsor, deal, withBoth) -> {
                    var ccy = Money.currency(currency);
                    var amount = new Money(BigDecimal.valueOf(units, Money.fractionDigits(ccy)), ccy);
                    UUID s = kind.needsSponsor() || (withBoth && !kind.needsDeal()) ? sponsor : null;
                    UUID d = kind.needsDeal() || (withBoth && !kind.needsSponsor()) ? deal : null;
                    return new EntryDraft(kind, START.plusDays(day), amount, s, d, "generated");
                });
    }

    private static void apply(Ledger ledger, List<Step> steps) {
        for (var step : steps) {
            var entries = ledger.entries();
            if (step.reverse() && !entries.isEmpty()) {
                var target = entries.get(step.reverseIndex() % entries.size());
                if (!target.isReversal() && !ledger.isReversed(target.id())) {
                    ledger.post(ledger.reversal(UUID.randomUUID(), target.id(), target.date().plusDays(1), "reversed"));
                    continue;
                }
            }
            ledger.post(ledger.prepare(UUID.randomUUID(), step.draft(), RATES));
        }
    }

    private static BigDecimal sum(List<Entry> entries, java.util.function.Predicate<Entry> which) {
        var list = new ArrayList<BigDecimal>();
        entries.stream().filter(which).forEach(e -> list.add(e.baseAmount().amount()));
        return list.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
