/**
 * The fund's rules as plain Java, without Spring: exact money and exchange rates, the
 * append-only ledger and its balances, portfolio figures with XIRR, and the committee's vote.
 */
@NullMarked
package org.liaison.fund.core;

import org.jspecify.annotations.NullMarked;
