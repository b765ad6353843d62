package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.liaison.fund.core.Entry;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.Money;

/**
 * A posted ledger entry as stored. {@code @Immutable} and without any update or delete path: the
 * ledger only grows. A reversal names the entry it reverses (unique: once).
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    private UUID id;

    @Column(name = "fund_id", nullable = false)
    private UUID fund;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryKind kind;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 24, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "base_amount", nullable = false, precision = 24, scale = 4)
    private BigDecimal baseAmount;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency;

    @Column(nullable = false, precision = 30, scale = 10)
    private BigDecimal rate;

    @Column(name = "rate_date", nullable = false)
    private LocalDate rateDate;

    @Column(name = "rate_inverted", nullable = false)
    private boolean rateInverted;

    @Column(name = "sponsor_id")
    private @Nullable UUID sponsor;

    @Column(name = "deal_id")
    private @Nullable UUID deal;

    @Column(name = "reverses")
    private @Nullable UUID reverses;

    @Column(nullable = false, length = 1000)
    private String memo;

    @Column(name = "posted_by_id")
    private @Nullable UUID postedBy;

    @Column(name = "posted_by_name", nullable = false, length = 200)
    private String postedByName;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(nullable = false)
    private boolean sample;

    protected LedgerEntry() {
        this.id = UUID.randomUUID();
        this.fund = UUID.randomUUID();
        this.kind = EntryKind.FEE;
        this.date = LocalDate.EPOCH;
        this.amount = BigDecimal.ZERO;
        this.currency = "USD";
        this.baseAmount = BigDecimal.ZERO;
        this.baseCurrency = "USD";
        this.rate = BigDecimal.ONE;
        this.rateDate = LocalDate.EPOCH;
        this.memo = "";
        this.postedByName = "";
        this.postedAt = Instant.EPOCH;
    }

    public LedgerEntry(UUID fund, Entry e, @Nullable UUID postedBy, String postedByName, boolean sample, Instant postedAt) {
        this.id = e.id();
        this.fund = fund;
        this.kind = e.kind();
        this.date = e.date();
        this.amount = e.amount().amount();
        this.currency = e.amount().code();
        this.baseAmount = e.baseAmount().amount();
        this.baseCurrency = e.baseAmount().code();
        this.rate = e.rate();
        this.rateDate = e.rateDate();
        this.rateInverted = e.rateInverted();
        this.sponsor = e.sponsor();
        this.deal = e.deal();
        this.reverses = e.reverses();
        this.memo = e.memo();
        this.postedBy = postedBy;
        this.postedByName = postedByName;
        this.sample = sample;
        this.postedAt = postedAt;
    }

    public Entry entry() {
        return new Entry(id, kind, date, Money.of(amount.stripTrailingZeros(), currency),
                Money.of(baseAmount.stripTrailingZeros(), baseCurrency), rate.stripTrailingZeros(), rateDate, rateInverted,
                sponsor, deal, reverses, memo);
    }

    public UUID getId() { return id; }
    public UUID getFund() { return fund; }
    public EntryKind getKind() { return kind; }
    public @Nullable UUID getSponsor() { return sponsor; }
    public @Nullable UUID getDeal() { return deal; }
    public String getPostedByName() { return postedByName; }
    public Instant getPostedAt() { return postedAt; }
    public boolean isSample() { return sample; }
}
