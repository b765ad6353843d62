package org.liaison.fund.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fund's portfolio figures from its ledger, all in the base currency:
 * <ul>
 * <li>paid in = capital called; invested = investments; net asset value (NAV) = investments less
 * write-downs (carried at cost);</li>
 * <li>MOIC = (distributions attributed to deals + NAV) / invested;</li>
 * <li>DPI = distributions / paid in; TVPI = (distributions + NAV) / paid in;</li>
 * <li>XIRR of the investors' flows: calls paid in (negative), distributions (positive), and the NAV
 * as if realised on the report date.</li>
 * </ul>
 * Multiples are given to {@value #RATIO_SCALE} decimals (half even), or null when nothing was
 * invested or paid in yet.
 */
public record Portfolio(Currency base, LocalDate asOf, BigDecimal committed, BigDecimal paidIn, BigDecimal invested,
        BigDecimal writtenDown, BigDecimal distributed, BigDecimal fees, BigDecimal nav,
        @Nullable BigDecimal moic, @Nullable BigDecimal dpi, @Nullable BigDecimal tvpi, @Nullable BigDecimal xirr,
        Map<String, BigDecimal> investedByCountry, Map<String, BigDecimal> investedBySector) {

    public static final int RATIO_SCALE = 4;
    public static final String UNKNOWN = "-";

    public static Portfolio of(Currency base, LocalDate asOf, List<Entry> entries, Map<UUID, DealFacts> deals) {
        var upTo = entries.stream().filter(e -> !e.date().isAfter(asOf)).toList();
        var balances = Balances.of(base, upTo);
        var invested = balances.fund(EntryKind.INVESTMENT);
        var writtenDown = balances.fund(EntryKind.WRITE_DOWN);
        var distributed = balances.fund(EntryKind.DISTRIBUTION);
        var paidIn = balances.fund(EntryKind.CAPITAL_CALL);
        var nav = invested.subtract(writtenDown);
        var dealDistributions = upTo.stream().filter(e -> e.kind() == EntryKind.DISTRIBUTION && e.deal() != null)
                .map(e -> e.baseAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        var byCountry = new TreeMap<String, BigDecimal>();
        var bySector = new TreeMap<String, BigDecimal>();
        for (var e : upTo) {
            if (e.kind() != EntryKind.INVESTMENT || e.deal() == null) {
                continue;
            }
            var facts = deals.getOrDefault(e.deal(), new DealFacts(null, null));
            byCountry.merge(facts.country() == null ? UNKNOWN : facts.country(), e.baseAmount().amount(), BigDecimal::add);
            bySector.merge(facts.sector() == null ? UNKNOWN : facts.sector(), e.baseAmount().amount(), BigDecimal::add);
        }
        byCountry.values().removeIf(v -> v.signum() == 0);
        bySector.values().removeIf(v -> v.signum() == 0);
        var flows = new ArrayList<CashFlow>();
        for (var e : upTo) {
            if (e.kind() == EntryKind.CAPITAL_CALL) {
                flows.add(new CashFlow(e.date(), e.baseAmount().amount().negate()));
            } else if (e.kind() == EntryKind.DISTRIBUTION) {
                flows.add(new CashFlow(e.date(), e.baseAmount().amount()));
            }
        }
        if (nav.signum() != 0) {
            flows.add(new CashFlow(asOf, nav));
        }
        flows.sort(Comparator.comparing(CashFlow::date));
        return new Portfolio(base, asOf, balances.fund(EntryKind.COMMITMENT), paidIn, invested, writtenDown, distributed,
                balances.fund(EntryKind.FEE), nav, ratio(dealDistributions.add(nav), invested), ratio(distributed, paidIn),
                ratio(distributed.add(nav), paidIn), Xirr.of(flows).orElse(null), byCountry, bySector);
    }

    static @Nullable BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            return null;
        }
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}
