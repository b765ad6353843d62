package org.liaison.fund.core;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What is asked to be posted: an amount in its own currency on a day, for a sponsor and/or a deal. */
public record EntryDraft(EntryKind kind, LocalDate date, Money amount, @Nullable UUID sponsor, @Nullable UUID deal,
        String memo) {
}
