package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PortfolioTests {

    final UUID sponsor = UUID.randomUUID();
    final UUID ruDeal = UUID.randomUUID();
    final UUID cnDeal = UUID.randomUUID();
    final RateTable rates = RateTable.of(new ExchangeRate(Money.currency("USD"), Money.currency("CNY"), LocalDate.of(2020, 1, 1), new BigDecimal("7")));

    @Test
    void multiplesAndRateByHand() {
        var ledger = new Ledger(Money.currency("USD"));
        post(ledger, EntryKind.COMMITMENT, "2021-01-01", "2000", "USD", sponsor, null);
        post(ledger, EntryKind.CAPITAL_CALL, "2021-01-01", "1000", "USD", sponsor, null);
        post(ledger, EntryKind.INVESTMENT, "2021-01-01", "600", "USD", null, ruDeal);
        post(ledger, EntryKind.INVESTMENT, "2021-01-01", "2800", "CNY", null, cnDeal); // 400 USD
        post(ledger, EntryKind.WRITE_DOWN, "2021-06-01", "100", "USD", null, cnDeal);
        post(ledger, EntryKind.DISTRIBUTION, "2021-12-01", "300", "USD", sponsor, ruDeal);
        var p = Portfolio.of(Money.currency("USD"), LocalDate.of(2022, 1, 1), ledger.entries(),
                Map.of(ruDeal, new DealFacts("RU", "ENERGY"), cnDeal, new DealFacts("CN", "IT")));
        assertThat(p.invested()).isEqualByComparingTo("1000");
        assertThat(p.nav()).isEqualByComparingTo("900");
        assertThat(p.moic()).isEqualByComparingTo("1.2000"); // (300 + 900) / 1000
        assertThat(p.dpi()).isEqualByComparingTo("0.3000"); // 300 / 1000
        assertThat(p.tvpi()).isEqualByComparingTo("1.2000");
        assertThat(p.investedByCountry()).containsEntry("RU", new BigDecimal("600.00")).containsEntry("CN", new BigDecimal("400.00"));
        assertThat(p.investedBySector()).containsEntry("ENERGY", new BigDecimal("600.00"));
        // -1000 on 2021-01-01, +300 on 2021-12-01 (334 days), +900 on 2022-01-01 (365 days): the NPV at the rate is 0.
        double r = p.xirr().doubleValue();
        double npv = -1000 + 300 / Math.pow(1 + r, 334 / 365.0) + 900 / Math.pow(1 + r, 1.0);
        assertThat(npv).isCloseTo(0, within(1e-5));
        assertThat(r).isBetween(0.19, 0.21);
    }

    @Test
    void noMultiplesBeforeMoneyIsInvested() {
        var p = Portfolio.of(Money.currency("USD"), LocalDate.of(2022, 1, 1), List.of(), Map.of());
        assertThat(p.moic()).isNull();
        assertThat(p.dpi()).isNull();
        assertThat(p.xirr()).isNull();
    }

    @Test
    void entriesAfterTheReportDateDoNotCount() {
        var ledger = new Ledger(Money.currency("USD"));
        post(ledger, EntryKind.INVESTMENT, "2021-01-01", "600", "USD", null, ruDeal);
        post(ledger, EntryKind.INVESTMENT, "2023-01-01", "400", "USD", null, ruDeal);
        var p = Portfolio.of(Money.currency("USD"), LocalDate.of(2022, 1, 1), ledger.entries(), Map.of());
        assertThat(p.invested()).isEqualByComparingTo("600");
        assertThat(p.investedByCountry()).containsEntry(Portfolio.UNKNOWN, new BigDecimal("600.00"));
    }

    private void post(Ledger ledger, EntryKind kind, String date, String amount, String currency, UUID s, UUID d) {
        ledger.post(ledger.prepare(UUID.randomUUID(), new EntryDraft(kind, LocalDate.parse(date), Money.of(amount, currency), s, d, ""), rates));
    }
}
