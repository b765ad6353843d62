package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.liaison.fund.core.ExchangeRate;
import org.liaison.fund.core.Money;

/** A stored exchange rate: one per pair and day (a unique key), entered or imported, never changed. */
@Entity
@Immutable
@Table(name = "fx_rate")
public class FxRate {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "base_currency", nullable = false, length = 3)
    private String base;

    @Column(name = "quote_currency", nullable = false, length = 3)
    private String quote;

    @Column(name = "rate_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 30, scale = 10)
    private BigDecimal rate;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FxRate() {
        this.base = "USD";
        this.quote = "EUR";
        this.date = LocalDate.EPOCH;
        this.rate = BigDecimal.ONE;
        this.source = "";
        this.createdAt = Instant.EPOCH;
    }

    public FxRate(ExchangeRate r, String source, boolean sample, Instant now) {
        this.base = r.base().getCurrencyCode();
        this.quote = r.quote().getCurrencyCode();
        this.date = r.date();
        this.rate = r.rate();
        this.source = source;
        this.sample = sample;
        this.createdAt = now;
    }

    public ExchangeRate rate() {
        return new ExchangeRate(Money.currency(base), Money.currency(quote), date, rate.stripTrailingZeros());
    }

    public UUID getId() { return id; }
    public String getSource() { return source; }
    public boolean isSample() { return sample; }
}
