package org.liaison.fund.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The annual internal rate of return of irregular dated cash flows, as spreadsheets' XIRR defines
 * it: the rate r with sum(amount_i / (1 + r)^((d_i - d_0) / 365)) = 0, days counted actual/365
 * from the earliest date. Newton's method from 10 %, and bisection over a bracketing interval when
 * Newton leaves the domain or does not settle. The rate is a ratio, not money, so it is searched in
 * double precision; the amounts are read exactly and the answer is given to {@value #SCALE} decimals.
 * Empty when there is no sign change (no rate exists).
 */
public final class Xirr {

    public static final int SCALE = 8;
    private static final double TOLERANCE = 1e-10;
    private static final int NEWTON_STEPS = 100;
    private static final int BISECTION_STEPS = 300;

    private Xirr() {}

    public static Optional<BigDecimal> of(List<CashFlow> flows) {
        if (flows.stream().noneMatch(f -> f.amount().signum() > 0) || flows.stream().noneMatch(f -> f.amount().signum() < 0)) {
            return Optional.empty();
        }
        LocalDate start = flows.stream().map(CashFlow::date).min(LocalDate::compareTo).orElseThrow();
        double[] years = new double[flows.size()];
        double[] amounts = new double[flows.size()];
        double scale = 0;
        for (int i = 0; i < flows.size(); i++) {
            years[i] = ChronoUnit.DAYS.between(start, flows.get(i).date()) / 365.0;
            amounts[i] = flows.get(i).amount().doubleValue();
            scale = Math.max(scale, Math.abs(amounts[i]));
        }
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] /= scale; // same root, better conditioned
        }
        Double rate = newton(years, amounts, 0.1);
        if (rate == null) {
            rate = bisection(years, amounts);
        }
        return rate == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(rate).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    static double npv(double rate, double[] years, double[] amounts) {
        double sum = 0;
        for (int i = 0; i < years.length; i++) {
            sum += amounts[i] / Math.pow(1 + rate, years[i]);
        }
        return sum;
    }

    private static double derivative(double rate, double[] years, double[] amounts) {
        double sum = 0;
        for (int i = 0; i < years.length; i++) {
            sum -= years[i] * amounts[i] / Math.pow(1 + rate, years[i] + 1);
        }
        return sum;
    }

    private static Double newton(double[] years, double[] amounts, double guess) {
        double rate = guess;
        for (int i = 0; i < NEWTON_STEPS; i++) {
            double value = npv(rate, years, amounts);
            if (Math.abs(value) < TOLERANCE) {
                return rate;
            }
            double slope = derivative(rate, years, amounts);
            if (slope == 0 || !Double.isFinite(slope)) {
                return null;
            }
            double next = rate - value / slope;
            if (!Double.isFinite(next) || next <= -1) {
                return null;
            }
            rate = next;
        }
        return Math.abs(npv(rate, years, amounts)) < TOLERANCE ? rate : null;
    }

    private static Double bisection(double[] years, double[] amounts) {
        double low = -0.999999999;
        double high = 1.0;
        double lowValue = npv(low, years, amounts);
        double highValue = npv(high, years, amounts);
        while (Math.signum(lowValue) == Math.signum(highValue) && high < 1e9) {
            high *= 2;
            highValue = npv(high, years, amounts);
        }
        if (Math.signum(lowValue) == Math.signum(highValue)) {
            return null;
        }
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (low + high) / 2;
            double midValue = npv(mid, years, amounts);
            if (Math.abs(midValue) < TOLERANCE || (high - low) < 1e-15) {
                return mid;
            }
            if (Math.signum(midValue) == Math.signum(lowValue)) {
                low = mid;
                lowValue = midValue;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** For tests: the bisection alone, to prove the fallback finds the same root. */
    static Optional<BigDecimal> byBisection(List<CashFlow> flows) {
        LocalDate start = flows.stream().map(CashFlow::date).min(LocalDate::compareTo).orElseThrow();
        double[] years = flows.stream().mapToDouble(f -> ChronoUnit.DAYS.between(start, f.date()) / 365.0).toArray();
        double[] amounts = flows.stream().mapToDouble(f -> f.amount().doubleValue()).toArray();
        Double rate = bisection(years, amounts);
        return rate == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(rate).setScale(SCALE, RoundingMode.HALF_EVEN));
    }
}
