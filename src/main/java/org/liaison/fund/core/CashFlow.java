package org.liaison.fund.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A dated amount from the investors' side: paid in is negative, paid out (and value held) positive. */
public record CashFlow(LocalDate date, BigDecimal amount) {
}
