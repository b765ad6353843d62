package org.liaison.fund.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

import org.liaison.shared.RuleViolationException;

/**
 * An exact amount in an ISO 4217 currency. The amount always carries exactly the currency's
 * default fraction digits (2 for USD, RUB and CNY, 0 for JPY, 3 for KWD): an amount with more
 * digits than its currency has is refused rather than silently rounded. Only a conversion rounds,
 * and it says how ({@link #ROUNDING}). No floating point: amounts are {@link BigDecimal}s built
 * from strings or other BigDecimals.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The one rounding rule of the fund: half to even ("banker's rounding"), at the currency's fraction digits. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        int digits = fractionDigits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new RuleViolationException("too-many-decimals",
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount.strip()), currency(currency));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("invalid-amount", "Not a decimal amount: " + amount);
        }
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency(currency));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** An ISO 4217 currency that has minor units (not XAU, XDR and the like). */
    public static Currency currency(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolationException("unknown-currency", "Not an ISO 4217 currency: " + code);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new RuleViolationException("unknown-currency", "Not a currency of payments: " + code);
        }
        return currency;
    }

    public static int fractionDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new RuleViolationException("unknown-currency", "Not a currency of payments: " + currency);
        }
        return digits;
    }

    /** Rounds an exact product or quotient to the currency's fraction digits by {@link #ROUNDING}. */
    public static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(fractionDigits(currency), ROUNDING), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public int signum() {
        return amount.signum();
    }

    public String code() {
        return currency.getCurrencyCode();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new RuleViolationException("currency-mismatch",
                    "Cannot combine " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
        }
        return other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
