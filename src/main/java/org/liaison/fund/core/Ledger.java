package org.liaison.fund.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.shared.RuleViolationException;

/**
 * A fund's append-only ledger in its base currency. Entries are converted at their own date by
 * the rate table's rule (on or before), posted once, and never changed: a mistake is corrected by
 * a reversal, an entry with the negated amounts that names the entry it reverses. An entry is
 * reversed at most once, and a reversal is not reversed again (post the right entry instead).
 */
public final class Ledger {

    private final Currency base;
    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private final Set<UUID> reversed = new HashSet<>();

    public Ledger(Currency base, Collection<Entry> posted) {
        this.base = base;
        posted.forEach(this::accept);
    }

    public Ledger(Currency base) {
        this(base, List.of());
    }

    /** Turns a draft into an entry (converted to the base currency at its date) and checks it against this ledger. */
    public Entry prepare(UUID id, EntryDraft draft, RateTable rates) {
        if (draft.amount().signum() <= 0) {
            throw new RuleViolationException("amount-not-positive", "An entry's amount is positive; correct by reversing");
        }
        if (draft.kind().needsSponsor() && draft.sponsor() == null) {
            throw new RuleViolationException("sponsor-required", draft.kind() + " belongs to a sponsor");
        }
        if (draft.kind().needsDeal() && draft.deal() == null) {
            throw new RuleViolationException("deal-required", draft.kind() + " belongs to a deal");
        }
        var applied = rates.require(draft.amount().currency(), base, draft.date());
        var entry = new Entry(id, draft.kind(), draft.date(), draft.amount(), applied.convert(draft.amount()),
                applied.rate(), applied.rateDate(), applied.inverted(), draft.sponsor(), draft.deal(), null,
                draft.memo().strip());
        check(entry);
        return entry;
    }

    /** The reversal of a posted entry: same kind, sponsor, deal and rate, negated amounts. */
    public Entry reversal(UUID id, UUID original, LocalDate date, String memo) {
        var entry = entries.get(original);
        if (entry == null) {
            throw new RuleViolationException("unknown-entry", "No entry " + original + " in this ledger");
        }
        var reversal = new Entry(id, entry.kind(), date, entry.amount().negate(), entry.baseAmount().negate(),
                entry.rate(), entry.rateDate(), entry.rateInverted(), entry.sponsor(), entry.deal(), original, memo.strip());
        check(reversal);
        return reversal;
    }

    /** Appends a prepared entry. */
    public Entry post(Entry entry) {
        check(entry);
        accept(entry);
        return entry;
    }

    private void check(Entry entry) {
        if (entries.containsKey(entry.id())) {
            throw new RuleViolationException("duplicate-entry", "Entry " + entry.id() + " is already posted");
        }
        if (!entry.baseAmount().currency().equals(base)) {
            throw new RuleViolationException("wrong-base-currency", "Entries are kept in " + base.getCurrencyCode());
        }
        if (entry.amount().signum() != entry.baseAmount().signum() && entry.baseAmount().signum() != 0) {
            throw new RuleViolationException("sign-mismatch", "An entry's amount and base amount have the same sign");
        }
        if (entry.reverses() != null) {
            var original = entries.get(entry.reverses());
            if (original == null) {
                throw new RuleViolationException("unknown-entry", "No entry " + entry.reverses() + " in this ledger");
            }
            if (original.isReversal()) {
                throw new RuleViolationException("reversal-of-reversal", "A reversal is not reversed; post the right entry instead");
            }
            if (reversed.contains(original.id())) {
                throw new RuleViolationException("already-reversed", "Entry " + original.id() + " is already reversed");
            }
            if (!entry.amount().equals(original.amount().negate()) || !entry.baseAmount().equals(original.baseAmount().negate())) {
                throw new RuleViolationException("reversal-mismatch", "A reversal negates the amounts of its entry");
            }
        } else if (entry.amount().signum() <= 0) {
            throw new RuleViolationException("amount-not-positive", "An entry's amount is positive; correct by reversing");
        }
    }

    private void accept(Entry entry) {
        entries.put(entry.id(), entry);
        if (entry.reverses() != null) {
            reversed.add(entry.reverses());
        }
    }

    public Currency base() {
        return base;
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    public boolean isReversed(UUID id) {
        return reversed.contains(id);
    }

    public Balances balances() {
        return Balances.of(base, entries.values());
    }
}
