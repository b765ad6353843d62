package org.liaison.fund.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sums of posted entries in the base currency: for the whole fund by kind, per sponsor by kind,
 * per deal by kind, and each sponsor's commitments in the currencies it committed in. Reversals
 * count with their negative amounts, so a reversed entry adds nothing.
 */
public record Balances(Currency base, Map<EntryKind, BigDecimal> fund, Map<UUID, Map<EntryKind, BigDecimal>> sponsors,
        Map<UUID, Map<EntryKind, BigDecimal>> deals, Map<UUID, Map<Currency, BigDecimal>> sponsorCommitments) {

    public static Balances of(Currency base, Iterable<Entry> entries) {
        var fund = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
        var sponsors = new HashMap<UUID, Map<EntryKind, BigDecimal>>();
        var deals = new HashMap<UUID, Map<EntryKind, BigDecimal>>();
        var commitments = new HashMap<UUID, Map<Currency, BigDecimal>>();
        for (var e : entries) {
            var amount = e.baseAmount().amount();
            fund.merge(e.kind(), amount, BigDecimal::add);
            if (e.sponsor() != null) {
                sponsors.computeIfAbsent(e.sponsor(), k -> new EnumMap<>(EntryKind.class)).merge(e.kind(), amount, BigDecimal::add);
                if (e.kind() == EntryKind.COMMITMENT) {
                    commitments.computeIfAbsent(e.sponsor(), k -> new HashMap<>())
                            .merge(e.amount().currency(), e.amount().amount(), BigDecimal::add);
                }
            }
            if (e.deal() != null) {
                deals.computeIfAbsent(e.deal(), k -> new EnumMap<>(EntryKind.class)).merge(e.kind(), amount, BigDecimal::add);
            }
        }
        return new Balances(base, fund, sponsors, deals, commitments);
    }

    public BigDecimal fund(EntryKind kind) {
        return scaled(fund.getOrDefault(kind, BigDecimal.ZERO));
    }

    public BigDecimal sponsor(UUID sponsor, EntryKind kind) {
        return scaled(sponsors.getOrDefault(sponsor, Map.of()).getOrDefault(kind, BigDecimal.ZERO));
    }

    public BigDecimal deal(UUID deal, EntryKind kind) {
        return scaled(deals.getOrDefault(deal, Map.of()).getOrDefault(kind, BigDecimal.ZERO));
    }

    /** A sponsor's commitment not yet called, in the base currency. */
    public BigDecimal uncalled(UUID sponsor) {
        return sponsor(sponsor, EntryKind.COMMITMENT).subtract(sponsor(sponsor, EntryKind.CAPITAL_CALL));
    }

    private BigDecimal scaled(BigDecimal value) {
        return value.setScale(Money.fractionDigits(base));
    }
}
