package org.liaison.fund.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/**
 * Exchange rates by pair and date. The lookup rule: the rate of the pair on the day asked for, or
 * else the latest one before it; never a later one. A pair stored the other way round serves too
 * (its amounts are divided); when both ways exist the later rate date wins, the stored direction on
 * a tie. The same currency converts at 1 on the day itself.
 */
public final class RateTable {

    private final Map<String, TreeMap<LocalDate, ExchangeRate>> byPair = new HashMap<>();

    public RateTable(Collection<ExchangeRate> rates) {
        rates.forEach(this::add);
    }

    public static RateTable of(ExchangeRate... rates) {
        return new RateTable(List.of(rates));
    }

    public void add(ExchangeRate rate) {
        byPair.computeIfAbsent(key(rate.base(), rate.quote()), k -> new TreeMap<>()).put(rate.date(), rate);
    }

    public Optional<AppliedRate> find(Currency from, Currency to, LocalDate on) {
        if (from.equals(to)) {
            return Optional.of(AppliedRate.identity(from, on));
        }
        var direct = latest(from, to, on);
        var inverse = latest(to, from, on);
        if (direct != null && (inverse == null || !inverse.date().isAfter(direct.date()))) {
            return Optional.of(new AppliedRate(from, to, direct.rate(), direct.date(), false));
        }
        if (inverse != null) {
            return Optional.of(new AppliedRate(from, to, inverse.rate(), inverse.date(), true));
        }
        return Optional.empty();
    }

    /** The rate to use, or a rule violation naming the pair and the day when none is on or before it. */
    public AppliedRate require(Currency from, Currency to, LocalDate on) {
        return find(from, to, on).orElseThrow(() -> new RuleViolationException("no-rate",
                "No " + from.getCurrencyCode() + "/" + to.getCurrencyCode() + " rate on or before " + on,
                Map.of("from", from.getCurrencyCode(), "to", to.getCurrencyCode(), "date", on.toString())));
    }

    public List<ExchangeRate> all() {
        var list = new ArrayList<ExchangeRate>();
        byPair.values().forEach(m -> list.addAll(m.values()));
        return list;
    }

    private @Nullable ExchangeRate latest(Currency base, Currency quote, LocalDate on) {
        var dated = byPair.get(key(base, quote));
        if (dated == null) {
            return null;
        }
        var entry = dated.floorEntry(on);
        return entry == null ? null : entry.getValue();
    }

    private static String key(Currency base, Currency quote) {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }
}
