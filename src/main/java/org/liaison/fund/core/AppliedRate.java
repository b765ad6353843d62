package org.liaison.fund.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The rate a conversion used: the stored rate of the pair on or before the day asked for, and
 * that rate's own date, which every report states. {@code inverted} when the table held the pair
 * the other way round (then amounts are divided by {@code rate}).
 */
public record AppliedRate(Currency from, Currency to, BigDecimal rate, LocalDate rateDate, boolean inverted) {

    /** Converts exactly, then rounds once to the target currency's fraction digits (half even). */
    public Money convert(Money money) {
        if (!money.currency().equals(from)) {
            throw new IllegalStateException("Rate of " + from + " applied to " + money.currency());
        }
        if (from.equals(to)) {
            return money;
        }
        int digits = Money.fractionDigits(to);
        BigDecimal exact = inverted
                ? money.amount().divide(rate, digits, Money.ROUNDING)
                : money.amount().multiply(rate);
        return Money.rounded(exact, to);
    }

    static AppliedRate identity(Currency currency, LocalDate date) {
        return new AppliedRate(currency, currency, BigDecimal.ONE, date, false);
    }
}
