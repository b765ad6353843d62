package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

class XirrTests {

    /** The example of the spreadsheet documentation of XIRR (Excel, LibreOffice): 0.373362535. */
    @Test
    void matchesTheSpreadsheetExample() {
        var flows = List.of(flow("2008-01-01", "-10000"), flow("2008-03-01", "2750"), flow("2008-10-30", "4250"),
                flow("2009-02-15", "3250"), flow("2009-04-01", "2750"));
        assertThat(Xirr.of(flows)).get().satisfies(r -> assertThat(r.doubleValue()).isCloseTo(0.373362535, within(1e-7)));
    }

    /** By hand: 1000 paid, 1100 back exactly 365 days later is 10 %. */
    @Test
    void oneYearAtTenPercent() {
        var flows = List.of(flow("2021-01-01", "-1000"), flow("2022-01-01", "1100"));
        assertThat(Xirr.of(flows)).get().satisfies(r -> assertThat(r).isEqualByComparingTo("0.10000000"));
    }

    /** By hand: 366 days in a leap year count as 366/365 years, so r = 1.1^(365/366) - 1 = 0.0997... */
    @Test
    void countsActualDaysOver365() {
        var flows = List.of(flow("2020-01-01", "-1000"), flow("2021-01-01", "1100"));
        double expected = Math.pow(1.1, 365.0 / 366.0) - 1;
        assertThat(Xirr.of(flows)).get().satisfies(r -> assertThat(r.doubleValue()).isCloseTo(expected, within(1e-8)));
    }

    /** By hand: money halves in two years: (1 + r)^2 = 0.5, r = -0.29289... */
    @Test
    void negativeReturns() {
        var flows = List.of(flow("2010-01-01", "-1000"), flow("2011-12-31", "500"));
        double years = ChronoUnit.DAYS.between(LocalDate.parse("2010-01-01"), LocalDate.parse("2011-12-31")) / 365.0;
        double expected = Math.pow(0.5, 1 / years) - 1;
        assertThat(Xirr.of(flows)).get().satisfies(r -> assertThat(r.doubleValue()).isCloseTo(expected, within(1e-8)));
    }

    @Test
    void bisectionFindsTheSameRootAsNewton() {
        var flows = List.of(flow("2008-01-01", "-10000"), flow("2008-03-01", "2750"), flow("2008-10-30", "4250"),
                flow("2009-02-15", "3250"), flow("2009-04-01", "2750"));
        assertThat(Xirr.byBisection(flows)).get().satisfies(r -> assertThat(r.doubleValue()).isCloseTo(0.373362535, within(1e-7)));
    }

    /**
     * By hand: 1000 paid, 1 back ten years later, (1 + r)^(3652/365) = 0.001. Newton from 10 % jumps
     * below -100 % on its first step here, so the bisection finds the rate.
     */
    @Test
    void fallsBackToBisectionWhereNewtonLeavesTheDomain() {
        var flows = List.of(flow("2010-01-01", "-1000"), flow("2020-01-01", "1"));
        double expected = Math.pow(0.001, 365.0 / 3652.0) - 1;
        assertThat(Xirr.of(flows)).get().satisfies(r -> assertThat(r.doubleValue()).isCloseTo(expected, within(1e-8)));
    }

    @Test
    void noRateWithoutASignChange() {
        assertThat(Xirr.of(List.of(flow("2010-01-01", "-1"), flow("2011-01-01", "-2")))).isEmpty();
        assertThat(Xirr.of(List.of(flow("2010-01-01", "5")))).isEmpty();
    }

    private static CashFlow flow(String date, String amount) {
        return new CashFlow(LocalDate.parse(date), new BigDecimal(amount));
    }
}
