package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LedgerTests {

    static final LocalDate DAY = LocalDate.of(2012, 6, 1);
    final UUID sponsor = UUID.randomUUID();
    final UUID deal = UUID.randomUUID();
    final RateTable rates = RateTable.of(new ExchangeRate(Money.currency("USD"), Money.currency("RUB"), DAY, new BigDecimal("31.25")));
    final Ledger ledger = new Ledger(Money.currency("USD"));

    @Test
    void convertsEachEntryAtItsDateAndKeepsTheRateDate() {
        var entry = ledger.post(ledger.prepare(UUID.randomUUID(),
                new EntryDraft(EntryKind.COMMITMENT, DAY.plusDays(10), Money.of("3125000000", "RUB"), sponsor, null, "RUB commitment"), rates));
        assertThat(entry.baseAmount()).isEqualTo(Money.of("100000000", "USD"));
        assertThat(entry.rateDate()).isEqualTo(DAY);
        assertThat(ledger.balances().sponsorCommitments()).isEqualTo(Map.of(sponsor, Map.of(Money.currency("RUB"), new BigDecimal("3125000000.00"))));
    }

    @Test
    void refusesEntriesWithoutTheirSponsorOrDealOrWithAnAmountNotPositive() {
        assertThatThrownBy(() -> ledger.prepare(UUID.randomUUID(),
                new EntryDraft(EntryKind.CAPITAL_CALL, DAY, Money.of("1", "USD"), null, null, ""), rates)).extracting("code").isEqualTo("sponsor-required");
        assertThatThrownBy(() -> ledger.prepare(UUID.randomUUID(),
                new EntryDraft(EntryKind.INVESTMENT, DAY, Money.of("1", "USD"), null, null, ""), rates)).extracting("code").isEqualTo("deal-required");
        assertThatThrownBy(() -> ledger.prepare(UUID.randomUUID(),
                new EntryDraft(EntryKind.FEE, DAY, Money.of("-1", "USD"), null, null, ""), rates)).extracting("code").isEqualTo("amount-not-positive");
        assertThatThrownBy(() -> ledger.prepare(UUID.randomUUID(),
                new EntryDraft(EntryKind.FEE, DAY.minusDays(1), Money.of("1", "RUB"), null, null, ""), rates)).extracting("code").isEqualTo("no-rate");
    }

    @Test
    void anEntryIsReversedOnceAndAReversalNotAtAll() {
        var entry = ledger.post(ledger.prepare(UUID.randomUUID(),
                new EntryDraft(EntryKind.INVESTMENT, DAY, Money.of("500", "USD"), null, deal, ""), rates));
        var reversal = ledger.post(ledger.reversal(UUID.randomUUID(), entry.id(), DAY, "wrong deal"));
        assertThat(reversal.amount()).isEqualTo(Money.of("-500", "USD"));
        assertThat(ledger.balances().deal(deal, EntryKind.INVESTMENT)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ledger.reversal(UUID.randomUUID(), entry.id(), DAY, "")).extracting("code").isEqualTo("already-reversed");
        assertThatThrownBy(() -> ledger.reversal(UUID.randomUUID(), reversal.id(), DAY, "")).extracting("code").isEqualTo("reversal-of-reversal");
        assertThatThrownBy(() -> ledger.post(entry)).extracting("code").isEqualTo("duplicate-entry");
    }
}
