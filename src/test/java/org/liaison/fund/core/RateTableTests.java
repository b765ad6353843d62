package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class RateTableTests {

    private static final Currency USD = Money.currency("USD");
    private static final Currency RUB = Money.currency("RUB");
    private static final Currency CNY = Money.currency("CNY");

    private final RateTable rates = RateTable.of(
            rate(USD, RUB, "2012-04-02", "29.3"),
            rate(USD, RUB, "2012-04-20", "29.5"),
            rate(USD, RUB, "2012-05-02", "29.8"),
            rate(RUB, USD, "2012-05-10", "0.0333"),
            rate(USD, CNY, "2012-04-20", "6.3"));

    @Test
    void usesTheRateOnTheDayItself() {
        assertThat(rates.require(USD, RUB, LocalDate.parse("2012-04-20")).rate()).isEqualByComparingTo("29.5");
    }

    @Test
    void usesTheLatestRateBeforeTheDayAndSaysWhichDateItIs() {
        var applied = rates.require(USD, RUB, LocalDate.parse("2012-04-30"));
        assertThat(applied.rate()).isEqualByComparingTo("29.5");
        assertThat(applied.rateDate()).isEqualTo(LocalDate.parse("2012-04-20"));
    }

    @Test
    void neverUsesALaterRate() {
        assertThat(rates.find(USD, RUB, LocalDate.parse("2012-04-01"))).isEmpty();
        assertThatThrownBy(() -> rates.require(USD, CNY, LocalDate.parse("2012-04-19"))).extracting("code").isEqualTo("no-rate");
    }

    @Test
    void aLaterRateStoredTheOtherWayRoundWins() {
        var applied = rates.require(USD, RUB, LocalDate.parse("2012-05-15"));
        assertThat(applied.inverted()).isTrue();
        assertThat(applied.rateDate()).isEqualTo(LocalDate.parse("2012-05-10"));
        var direct = rates.require(USD, RUB, LocalDate.parse("2012-05-05"));
        assertThat(direct.inverted()).isFalse();
        assertThat(direct.rate()).isEqualByComparingTo("29.8");
    }

    @Test
    void theSameCurrencyConvertsAtOneOnTheDay() {
        var applied = rates.require(RUB, RUB, LocalDate.parse("2000-01-01"));
        assertThat(applied.rate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(applied.convert(Money.of("12.34", "RUB"))).isEqualTo(Money.of("12.34", "RUB"));
    }

    @Test
    void refusesNonPositiveAndOverPreciseRates() {
        assertThatThrownBy(() -> rate(USD, RUB, "2012-01-01", "0")).extracting("code").isEqualTo("invalid-rate");
        assertThatThrownBy(() -> rate(USD, RUB, "2012-01-01", "1.00000000001")).extracting("code").isEqualTo("invalid-rate");
        assertThatThrownBy(() -> rate(USD, USD, "2012-01-01", "1")).extracting("code").isEqualTo("same-currency-rate");
    }

    static ExchangeRate rate(Currency base, Currency quote, String date, String rate) {
        return new ExchangeRate(base, quote, LocalDate.parse(date), new BigDecimal(rate));
    }
}
