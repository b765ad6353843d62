package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.shared.RuleViolationException;

/**
 * Property tests of the ledger without a property-testing library: each case is generated from an
 * explicit seed by a fixed algorithm ({@value #ALGORITHM}), so a failure names its seed and its
 * generated input and is replayed by running the same seed again (all seeds run by default; run
 * one with {@code -Dledger.seed=<seed>}). Whatever valid entries are posted in whatever order,
 * every balance is the sum of its entries and each entry is converted as an independent model
 * says; a reversal restores the balances; conversion is exact decimal arithmetic rounded once,
 * checked against integer arithmetic.
 */
class LedgerPropertyTests {

    static final String ALGORITHM = "L64X128MixRandom";
    static final Currency USD = Money.currency("USD");
    static final Currency RUB = Money.currency("RUB");
    static final Currency CNY = Money.currency("CNY");
    static final Currency JPY = Money.currency("JPY");
    static final Currency KWD = Money.currency("KWD");
    static final Currency EUR = Money.currency("EUR");
    /** Fraction digits 2, 2, 2, 0 and 3. */
    static final List<Currency> CURRENCIES = List.of(USD, RUB, CNY, JPY, KWD);
    static final List<UUID> SPONSORS = List.of(fixed(0x51, 1), fixed(0x51, 2), fixed(0x51, 3));
    static final List<UUID> DEALS = List.of(fixed(0xD1, 1), fixed(0xD1, 2), fixed(0xD1, 3), fixed(0xD1, 4));
    static final LocalDate START = LocalDate.of(2012, 1, 1);
    static final int MAX_DAY = 400;
    static final int MAX_STEPS = 40;
    /** Amounts go up to this many integer digits in every currency (the ledger table holds 20). */
    static final int MAX_INTEGER_DIGITS = 15;

    /** The rates the ledger converts with; {@link #expectedBase} reads the same rows by integer arithmetic. */
    static final List<ExchangeRate> RATE_ROWS = List.of(
            new ExchangeRate(USD, RUB, START, new BigDecimal("29.3157")),
            new ExchangeRate(USD, RUB, START.plusDays(100), new BigDecimal("31.0011")),
            new ExchangeRate(USD, CNY, START, new BigDecimal("6.2951")),
            new ExchangeRate(JPY, USD, START, new BigDecimal("0.012487")),
            new ExchangeRate(KWD, USD, START, new BigDecimal("3.2571")));
    static final RateTable RATES = new RateTable(RATE_ROWS);

    // ---------------------------------------------------------------- properties

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds500")
    void everyBalanceIsTheSumOfItsEntries(long seed) {
        var scenario = Scenario.generate(seed, (int) (seed % (MAX_STEPS + 1)));
        holds(scenario, () -> {
            var run = Run.of(scenario);
            var ledger = run.ledger;
            assertThat(ledger.entries()).hasSize(run.model.size());
            var balances = ledger.balances();
            for (var kind : EntryKind.values()) {
                assertThat(balances.fund(kind)).as("fund %s", kind)
                        .isEqualByComparingTo(run.sum(e -> e.kind == kind))
                        .isEqualByComparingTo(sum(ledger.entries(), e -> e.kind() == kind));
                assertThat(balances.fund(kind).scale()).isEqualTo(2);
                for (var sponsor : SPONSORS) {
                    assertThat(balances.sponsor(sponsor, kind)).as("sponsor %s %s", name(sponsor), kind)
                            .isEqualByComparingTo(run.sum(e -> e.kind == kind && sponsor.equals(e.sponsor)))
                            .isEqualByComparingTo(sum(ledger.entries(), e -> e.kind() == kind && sponsor.equals(e.sponsor())));
                }
                for (var deal : DEALS) {
                    assertThat(balances.deal(deal, kind)).as("deal %s %s", name(deal), kind)
                            .isEqualByComparingTo(run.sum(e -> e.kind == kind && deal.equals(e.deal)))
                            .isEqualByComparingTo(sum(ledger.entries(), e -> e.kind() == kind && deal.equals(e.deal())));
                }
            }
            // In each sponsor's own currencies too: commitments add up exactly as entered, and no others appear.
            var commitments = balances.sponsorCommitments();
            assertThat(SPONSORS).containsAll(commitments.keySet());
            for (var sponsor : SPONSORS) {
                var own = commitments.getOrDefault(sponsor, Map.of());
                assertThat(CURRENCIES).containsAll(own.keySet());
                for (var currency : CURRENCIES) {
                    assertThat(own.getOrDefault(currency, BigDecimal.ZERO)).as("commitments of %s in %s", name(sponsor), currency)
                            .isEqualByComparingTo(run.own(e -> e.kind == EntryKind.COMMITMENT && sponsor.equals(e.sponsor)
                                    && e.currency.equals(currency)));
                }
            }
        });
    }

    /**
     * After any sequence, post one more entry and reverse an entry: the one just posted (the last),
     * the first one still open, or any open one. Every balance is then what it was without that entry.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds500")
    void reversingAnEntryRestoresEveryBalance(long seed) {
        var scenario = Scenario.generate(seed, (int) ((seed / 3) % (MAX_STEPS + 1)));
        holds(scenario, () -> {
            var run = Run.of(scenario);
            var ledger = run.ledger;
            var before = ledger.balances();
            var extra = run.post(scenario.extra());
            var open = ledger.entries().stream().filter(e -> !e.isReversal() && !ledger.isReversed(e.id())).toList();
            var target = switch ((int) (seed % 3)) {
                case 0 -> extra;
                case 1 -> open.getFirst();
                default -> open.get(scenario.pick() % open.size());
            };
            var withoutTarget = ledger.entries().stream().filter(e -> !e.id().equals(target.id())).toList();
            var expected = Balances.of(USD, withoutTarget);
            run.reverse(target);
            var after = ledger.balances();
            for (var kind : EntryKind.values()) {
                assertThat(after.fund(kind)).as("fund %s", kind)
                        .isEqualByComparingTo(expected.fund(kind)).isEqualByComparingTo(run.sum(e -> e.kind == kind));
                for (var sponsor : SPONSORS) {
                    assertThat(after.sponsor(sponsor, kind)).as("sponsor %s %s", name(sponsor), kind)
                            .isEqualByComparingTo(expected.sponsor(sponsor, kind))
                            .isEqualByComparingTo(run.sum(e -> e.kind == kind && sponsor.equals(e.sponsor)));
                }
                for (var deal : DEALS) {
                    assertThat(after.deal(deal, kind)).as("deal %s %s", name(deal), kind)
                            .isEqualByComparingTo(expected.deal(deal, kind))
                            .isEqualByComparingTo(run.sum(e -> e.kind == kind && deal.equals(e.deal)));
                }
                if (target == extra) {
                    assertThat(after.fund(kind)).isEqualByComparingTo(before.fund(kind));
                    for (var sponsor : SPONSORS) {
                        assertThat(after.sponsor(sponsor, kind)).isEqualByComparingTo(before.sponsor(sponsor, kind));
                    }
                    for (var deal : DEALS) {
                        assertThat(after.deal(deal, kind)).isEqualByComparingTo(before.deal(deal, kind));
                    }
                }
            }
            for (var sponsor : SPONSORS) {
                for (var currency : CURRENCIES) {
                    assertThat(after.sponsorCommitments().getOrDefault(sponsor, Map.of()).getOrDefault(currency, BigDecimal.ZERO))
                            .isEqualByComparingTo(expected.sponsorCommitments().getOrDefault(sponsor, Map.of())
                                    .getOrDefault(currency, BigDecimal.ZERO));
                }
            }
            assertThat(ledger.isReversed(target.id())).isTrue();
            assertThatThrownBy(() -> ledger.reversal(fixed(seed, 999), target.id(), target.date().plusDays(5), "again"))
                    .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("already-reversed");
        });
    }

    /**
     * Any amount (one minor unit up to 15 integer digits, at the currency's digits) at any rate (up to
     * 10 decimals), between currencies of 0, 2 and 3 fraction digits, both ways: the result is the exact
     * product or quotient rounded once, half even, to the target's digits, as integer arithmetic says.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds1000")
    void conversionIsExactDecimalArithmeticRoundedOnce(long seed) {
        var random = random(seed);
        var from = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        var to = CURRENCIES.stream().filter(c -> !c.equals(from)).toList().get(random.nextInt(CURRENCIES.size() - 1));
        var amount = amount(random, from).amount();
        var back = amount(random, to).amount();
        var rate = rate(random);
        var input = "seed " + seed + ": " + amount.toPlainString() + " " + from + " -> " + to + " at " + rate.toPlainString()
                + ", and back " + back.toPlainString() + " " + to;
        holds(input, () -> {
            var table = RateTable.of(new ExchangeRate(from, to, START, rate));
            var converted = table.require(from, to, START).convert(new Money(amount, from)).amount();
            assertThat(converted).isEqualTo(exactly(amount, rate, Money.fractionDigits(to), false))
                    .isEqualTo(amount.multiply(rate).setScale(Money.fractionDigits(to), RoundingMode.HALF_EVEN));
            var inverse = table.require(to, from, START).convert(new Money(back, to)).amount();
            assertThat(inverse).isEqualTo(exactly(back, rate, Money.fractionDigits(from), true))
                    .isEqualTo(back.divide(rate.stripTrailingZeros(), Money.fractionDigits(from), RoundingMode.HALF_EVEN));
        });
    }

    /** Amounts of 17 and more digits, which a double cannot hold, survive a rate of exactly 1 unchanged, both ways. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void amountsBeyondDoublePrecisionConvertWithoutLoss(long seed) {
        var random = random(seed);
        var low = BigInteger.TEN.pow(18); // 10 000 000 000 000 000.00
        var units = switch ((int) (seed % 10)) {
            case 0 -> low;
            case 1 -> BigInteger.TEN.pow(19).subtract(BigInteger.ONE); // 99 999 999 999 999 999.99
            default -> low.add(BigInteger.valueOf(random.nextLong(9_000_000_000_000_000_000L)));
        };
        var amount = new BigDecimal(units, 2);
        holds("seed " + seed + ": " + amount.toPlainString() + " USD <-> EUR at 1", () -> {
            var table = RateTable.of(new ExchangeRate(USD, EUR, START, BigDecimal.ONE));
            assertThat(table.require(USD, EUR, START).convert(new Money(amount, USD)).amount()).isEqualTo(amount);
            assertThat(table.require(EUR, USD, START).convert(new Money(amount, EUR)).amount()).isEqualTo(amount);
        });
    }

    static Stream<Long> seeds500() {
        return seeds(500);
    }

    static Stream<Long> seeds1000() {
        return seeds(1000);
    }

    static Stream<Long> seeds300() {
        return seeds(300);
    }

    /** Seeds 1..n, or only the one named by {@code -Dledger.seed} to replay a failure. */
    static Stream<Long> seeds(int n) {
        var one = System.getProperty("ledger.seed");
        return one == null || one.isBlank() ? LongStream.rangeClosed(1, n).boxed() : Stream.of(Long.parseLong(one.strip()));
    }

    // ---------------------------------------------------------------- generation

    static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    /** One step: post a draft, or reverse the n-th entry posted so far when it is open (else post the draft). */
    record Step(EntryDraft draft, boolean reverse, int reverseIndex) {

        @Override
        public String toString() {
            return (reverse ? "reverse #" + reverseIndex + " else " : "") + describe(draft);
        }
    }

    /** What a seed generates: the steps, one extra draft and a pick for the reversal property. */
    record Scenario(long seed, List<Step> steps, EntryDraft extra, int pick) {

        static Scenario generate(long seed, int length) {
            var random = random(seed);
            var steps = new ArrayList<Step>();
            for (int i = 0; i < length; i++) {
                steps.add(new Step(draft(random), random.nextBoolean(), random.nextInt(MAX_STEPS + 1)));
            }
            return new Scenario(seed, List.copyOf(steps), draft(random), random.nextInt(MAX_STEPS + 1));
        }

        @Override
        public String toString() {
            var text = new StringBuilder("seed ").append(seed).append(", ").append(steps.size()).append(" steps:");
            for (int i = 0; i < steps.size(); i++) {
                text.append("\n  ").append(i).append(": ").append(steps.get(i));
            }
            return text.append("\n  extra: ").append(describe(extra)).append("; pick ").append(pick).toString();
        }
    }

    /** A valid draft: any kind, currency, day; sponsor and deal as the kind needs, sometimes both. */
    static EntryDraft draft(RandomGenerator random) {
        var kind = EntryKind.values()[random.nextInt(EntryKind.values().length)];
        var currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        var amount = amount(random, currency);
        var date = START.plusDays(random.nextInt(MAX_DAY + 1));
        var sponsor = SPONSORS.get(random.nextInt(SPONSORS.size()));
        var deal = DEALS.get(random.nextInt(DEALS.size()));
        boolean withBoth = random.nextBoolean();
        UUID s = kind.needsSponsor() || (withBoth && !kind.needsDeal()) ? sponsor : null;
        UUID d = kind.needsDeal() || (withBoth && !kind.needsSponsor()) ? deal : null;
        return new EntryDraft(kind, date, amount, s, d, "generated");
    }

    /** A positive amount at the currency's digits: one minor unit, the largest, or of a random number of digits. */
    static Money amount(RandomGenerator random, Currency currency) {
        int fraction = Money.fractionDigits(currency);
        int digits = MAX_INTEGER_DIGITS + fraction;
        long units = switch (random.nextInt(10)) {
            case 0 -> 1;
            case 1 -> pow10(digits) - 1;
            default -> {
                int length = 1 + random.nextInt(digits);
                yield random.nextLong(pow10(length - 1), pow10(length));
            }
        };
        return new Money(BigDecimal.valueOf(units, fraction), currency);
    }

    /** A rate of up to 10 decimals and 5 integer digits: the smallest, the largest, a halving one, or random digits. */
    static BigDecimal rate(RandomGenerator random) {
        int digits = 5 + ExchangeRate.MAX_SCALE;
        long units = switch (random.nextInt(12)) {
            case 0 -> 1;
            case 1 -> pow10(digits) - 1;
            case 2 -> pow10(ExchangeRate.MAX_SCALE);
            case 3 -> pow10(ExchangeRate.MAX_SCALE) / 2;
            case 4 -> pow10(ExchangeRate.MAX_SCALE) / 200;
            default -> {
                int length = 1 + random.nextInt(digits);
                yield random.nextLong(pow10(length - 1), pow10(length));
            }
        };
        return BigDecimal.valueOf(units, ExchangeRate.MAX_SCALE);
    }

    // ---------------------------------------------------------------- the model

    /** What the test expects of an entry, computed without the ledger. */
    record Expected(EntryKind kind, @Nullable UUID sponsor, @Nullable UUID deal, Currency currency, BigDecimal own,
            BigDecimal base) {

        Expected negate() {
            return new Expected(kind, sponsor, deal, currency, own.negate(), base.negate());
        }
    }

    /** A ledger driven through a scenario's steps beside a model of what each entry must be. */
    static final class Run {

        final long seed;
        final Ledger ledger = new Ledger(USD);
        final List<Expected> model = new ArrayList<>();
        final Map<UUID, Expected> byId = new HashMap<>();
        int ids;

        Run(long seed) {
            this.seed = seed;
        }

        static Run of(Scenario scenario) {
            var run = new Run(scenario.seed());
            for (var step : scenario.steps()) {
                var entries = run.ledger.entries();
                if (step.reverse() && !entries.isEmpty()) {
                    var target = entries.get(step.reverseIndex() % entries.size());
                    if (!target.isReversal() && !run.ledger.isReversed(target.id())) {
                        run.reverse(target);
                        continue;
                    }
                }
                run.post(step.draft());
            }
            return run;
        }

        Entry post(EntryDraft draft) {
            var entry = ledger.post(ledger.prepare(fixed(seed, ++ids), draft, RATES));
            var expected = new Expected(draft.kind(), draft.sponsor(), draft.deal(), draft.amount().currency(),
                    draft.amount().amount(), expectedBase(draft.amount(), draft.date()));
            assertThat(entry.baseAmount()).as("base amount of %s", describe(draft)).isEqualTo(new Money(expected.base(), USD));
            model.add(expected);
            byId.put(entry.id(), expected);
            return entry;
        }

        void reverse(Entry target) {
            var reversal = ledger.post(ledger.reversal(fixed(seed, ++ids), target.id(), target.date().plusDays(1), "reversed"));
            var expected = byId.get(target.id()).negate();
            assertThat(reversal.baseAmount().amount()).isEqualTo(expected.base());
            model.add(expected);
            byId.put(reversal.id(), expected);
        }

        BigDecimal sum(Predicate<Expected> which) {
            return model.stream().filter(which).map(Expected::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal own(Predicate<Expected> which) {
            return model.stream().filter(which).map(Expected::own).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The base (USD) amount of a draft: the rate row of its pair on or before its date, by integer arithmetic. */
    static BigDecimal expectedBase(Money amount, LocalDate date) {
        var currency = amount.currency();
        if (currency.equals(USD)) {
            return amount.amount().setScale(2);
        }
        ExchangeRate best = null;
        for (var row : RATE_ROWS) {
            boolean pair = row.base().equals(currency) && row.quote().equals(USD)
                    || row.base().equals(USD) && row.quote().equals(currency);
            if (pair && !row.date().isAfter(date) && (best == null || row.date().isAfter(best.date()))) {
                best = row;
            }
        }
        assertThat(best).as("a rate for %s on %s", currency, date).isNotNull();
        return exactly(amount.amount(), best.rate(), 2, best.quote().equals(currency));
    }

    /**
     * {@code amount × rate} (or {@code amount ÷ rate}) rounded half even to {@code digits}, computed on
     * unscaled integers only: no BigDecimal arithmetic, no floating point.
     */
    static BigDecimal exactly(BigDecimal amount, BigDecimal rate, int digits, boolean divide) {
        var a = amount.unscaledValue();
        var r = rate.unscaledValue();
        // value = a·10^-as × r·10^-rs, or a·10^-as ÷ (r·10^-rs); wanted: value·10^digits
        int exponent = divide ? rate.scale() - amount.scale() + digits : digits - amount.scale() - rate.scale();
        var numerator = divide ? a : a.multiply(r);
        var denominator = divide ? r : BigInteger.ONE;
        if (exponent >= 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(exponent));
        } else {
            denominator = denominator.multiply(BigInteger.TEN.pow(-exponent));
        }
        var qr = numerator.divideAndRemainder(denominator);
        int half = qr[1].shiftLeft(1).compareTo(denominator);
        var units = half > 0 || half == 0 && qr[0].testBit(0) ? qr[0].add(BigInteger.ONE) : qr[0];
        return new BigDecimal(units, digits);
    }

    // ---------------------------------------------------------------- helpers

    /** Runs the checks; any failure is rethrown naming the generated input, which starts with its seed. */
    static void holds(Object input, Executable checks) {
        try {
            checks.execute();
        } catch (Throwable failure) {
            throw new AssertionError("Property failed for " + input + "\n(replay: -Dledger.seed=<seed> -Dtest=LedgerPropertyTests)\n"
                    + failure.getMessage(), failure);
        }
    }

    static BigDecimal sum(List<Entry> entries, Predicate<Entry> which) {
        return entries.stream().filter(which).map(e -> e.baseAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String describe(EntryDraft draft) {
        return draft.kind() + " " + draft.date() + " " + draft.amount() + " sponsor " + name(draft.sponsor()) + " deal "
                + name(draft.deal());
    }

    static String name(@Nullable UUID id) {
        return id == null ? "-" : Long.toHexString(id.getMostSignificantBits()) + "#" + id.getLeastSignificantBits();
    }

    static UUID fixed(long group, long n) {
        return new UUID(group, n);
    }

    static long pow10(int n) {
        return BigInteger.TEN.pow(n).longValueExact();
    }
}
