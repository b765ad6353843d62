package org.liaison.fund.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.liaison.shared.RuleViolationException;

/**
 * One unit of {@code base} costs {@code rate} units of {@code quote} on {@code date}
 * (e.g. 1 USD = 31.2 RUB). Rates are exact decimals with at most {@value #MAX_SCALE} decimals.
 */
public record ExchangeRate(Currency base, Currency quote, LocalDate date, BigDecimal rate) {

    public static final int MAX_SCALE = 10;

    public ExchangeRate {
        if (base.equals(quote)) {
            throw new RuleViolationException("same-currency-rate", "A rate needs two different currencies");
        }
        if (rate.signum() <= 0) {
            throw new RuleViolationException("invalid-rate", "A rate is positive: " + rate.toPlainString());
        }
        if (rate.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new RuleViolationException("invalid-rate", "A rate has at most " + MAX_SCALE + " decimals");
        }
        rate = rate.stripTrailingZeros();
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
    }
}
