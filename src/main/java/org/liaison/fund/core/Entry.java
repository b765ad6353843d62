package org.liaison.fund.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A posted ledger entry: the amount in its own currency and, converted at the entry's date, in the
 * fund's base currency, with the rate and the rate's own date. A reversal carries the negated
 * amounts of the entry it {@code reverses}. Entries are never changed or removed.
 */
public record Entry(UUID id, EntryKind kind, LocalDate date, Money amount, Money baseAmount, BigDecimal rate,
        LocalDate rateDate, boolean rateInverted, @Nullable UUID sponsor, @Nullable UUID deal,
        @Nullable UUID reverses, String memo) {

    public boolean isReversal() {
        return reverses != null;
    }
}
