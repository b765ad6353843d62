package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.shared.RuleViolationException;

class MoneyTests {

    private static final LocalDate MAY_1 = LocalDate.of(2012, 5, 1);

    @Test
    void keepsExactlyTheCurrencysFractionDigits() {
        assertThat(Money.of("10.5", "USD").amount()).isEqualByComparingTo("10.50").hasScaleOf(2);
        assertThat(Money.of("1000", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("1.234", "KWD").amount()).hasScaleOf(3);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("10.005", "USD")).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("too-many-decimals");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesUnknownAndNonPaymentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "ABC")).extracting("code").isEqualTo("unknown-currency");
        assertThatThrownBy(() -> Money.of("1", "XAU")).extracting("code").isEqualTo("unknown-currency");
        assertThatThrownBy(() -> Money.of("one", "USD")).extracting("code").isEqualTo("invalid-amount");
    }

    @Test
    void neverAddsAcrossCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "RUB")))
                .extracting("code").isEqualTo("currency-mismatch");
        assertThat(Money.of("0.10", "USD").plus(Money.of("0.20", "USD"))).isEqualTo(Money.of("0.30", "USD"));
    }

    @Test
    void convertsExactlyAndRoundsOnceHalfEvenToTheTargetDigits() {
        var rates = RateTable.of(new ExchangeRate(Money.currency("USD"), Money.currency("RUB"), MAY_1, new BigDecimal("29.6125")));
        var applied = rates.require(Money.currency("USD"), Money.currency("RUB"), MAY_1);
        // 10.02 * 29.6125 = 296.71725 -> 296.72 (half even on the 3rd decimal 7 rounds up)
        assertThat(applied.convert(Money.of("10.02", "USD"))).isEqualTo(Money.of("296.72", "RUB"));
        // 0.10 * 29.6125 = 2.961250 -> 2.96 (exactly half: to the even neighbour)
        assertThat(applied.convert(Money.of("0.10", "USD"))).isEqualTo(Money.of("2.96", "RUB"));
        // 0.30 * 29.6125 = 8.88375 -> 8.88
        assertThat(applied.convert(Money.of("0.30", "USD"))).isEqualTo(Money.of("8.88", "RUB"));
    }

    @Test
    void convertsToACurrencyWithoutMinorUnits() {
        var rates = RateTable.of(new ExchangeRate(Money.currency("USD"), Money.currency("JPY"), MAY_1, new BigDecimal("80.25")));
        assertThat(rates.require(Money.currency("USD"), Money.currency("JPY"), MAY_1).convert(Money.of("10.02", "USD")))
                .isEqualTo(Money.of("804", "JPY")); // 804.105 -> 804
    }

    @Test
    void divisionByAnInverseRateIsRoundedCorrectlyNotThroughAReciprocal() {
        var rates = RateTable.of(new ExchangeRate(Money.currency("USD"), Money.currency("CNY"), MAY_1, new BigDecimal("6.3")));
        var applied = rates.require(Money.currency("CNY"), Money.currency("USD"), MAY_1);
        assertThat(applied.inverted()).isTrue();
        // 100 / 6.3 = 15.873015... -> 15.87
        assertThat(applied.convert(Money.of("100", "CNY"))).isEqualTo(Money.of("15.87", "USD"));
        // 63 / 6.3 = 10 exactly
        assertThat(applied.convert(Money.of("63", "CNY"))).isEqualTo(Money.of("10.00", "USD"));
    }
}
