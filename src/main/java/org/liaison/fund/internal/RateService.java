package org.liaison.fund.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.liaison.access.CurrentViewer;
import org.liaison.fund.core.ExchangeRate;
import org.liaison.fund.core.Money;
import org.liaison.fund.core.RateTable;
import org.liaison.fund.internal.FundViews.ImportResult;
import org.liaison.fund.internal.FundViews.RateView;
import org.liaison.fund.internal.FundViews.RowError;
import org.liaison.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates by pair and day: entered one by one or imported from CSV with the header
 * {@code date,base,quote,rate} (ISO dates, ISO 4217 codes, a decimal with a point). A rate for a
 * pair and day is kept once: the same rate again changes nothing, a different one is reported as
 * a bad row. Bad rows are reported with their line and the good rows are kept.
 */
@Service
@Transactional
public class RateService {

    static final String[] HEADER = { "date", "base", "quote", "rate" };

    private final Rates rates;
    private final CurrentViewer viewer;
    private final Clock clock;

    RateService(Rates rates, CurrentViewer viewer, Clock clock) {
        this.rates = rates;
        this.viewer = viewer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RateView> list() {
        FundAccess.requireStaff(viewer.get());
        return rates.findAll().stream()
                .sorted(Comparator.comparing((FxRate r) -> r.rate().date()).reversed()
                        .thenComparing(r -> r.rate().base().getCurrencyCode()).thenComparing(r -> r.rate().quote().getCurrencyCode()))
                .map(RateService::view).toList();
    }

    /** All rates, for conversions (no viewer check: conversions are part of a checked operation). */
    @Transactional(readOnly = true)
    public RateTable table() {
        return new RateTable(rates.findAll().stream().map(FxRate::rate).toList());
    }

    public RateView add(String base, String quote, LocalDate date, BigDecimal rate, String source) {
        FundAccess.requireProposer(viewer.get());
        return view(store(new ExchangeRate(Money.currency(base), Money.currency(quote), date, rate), source, false, true));
    }

    /** For demo data. */
    RateView addSample(ExchangeRate rate) {
        return view(store(rate, "sample", true, false));
    }

    public ImportResult importCsv(Reader csv, String source) {
        FundAccess.requireProposer(viewer.get());
        int added = 0;
        int unchanged = 0;
        var errors = new ArrayList<RowError>();
        var format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(csv)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    var rate = parse(record);
                    if (rates.existsByBaseAndQuoteAndDate(rate.base().getCurrencyCode(), rate.quote().getCurrencyCode(), rate.date())) {
                        var same = rates.findAll().stream().map(FxRate::rate).anyMatch(r -> r.base().equals(rate.base())
                                && r.quote().equals(rate.quote()) && r.date().equals(rate.date()) && r.rate().compareTo(rate.rate()) == 0);
                        if (same) {
                            unchanged++;
                        } else {
                            errors.add(new RowError(line, "A different rate for " + rate.base() + "/" + rate.quote() + " on " + rate.date() + " is already kept", "rate-exists"));
                        }
                        continue;
                    }
                    rates.saveAndFlush(new FxRate(rate, source, false, Instant.now(clock)));
                    added++;
                } catch (RuleViolationException e) {
                    errors.add(new RowError(line, e.getMessage(), e.code()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "Not a CSV file with the columns date,base,quote,rate: " + e.getMessage(), "invalid-row"));
        }
        return new ImportResult(added, unchanged, errors);
    }

    private static ExchangeRate parse(CSVRecord record) {
        if (!record.isConsistent()) {
            throw new RuleViolationException("invalid-row", "Expected 4 columns: date,base,quote,rate");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(record.get("date"));
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("invalid-date", "Not an ISO date: " + record.get("date"));
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(record.get("rate").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("invalid-rate", "Not a decimal rate: " + record.get("rate"));
        }
        return new ExchangeRate(Money.currency(record.get("base")), Money.currency(record.get("quote")), date, rate);
    }

    private FxRate store(ExchangeRate rate, String source, boolean sample, boolean refuseDuplicate) {
        if (rates.existsByBaseAndQuoteAndDate(rate.base().getCurrencyCode(), rate.quote().getCurrencyCode(), rate.date())) {
            if (refuseDuplicate) {
                throw new RuleViolationException("rate-exists", "A rate for this pair and day is already kept");
            }
            return rates.findAll().stream().filter(r -> r.rate().base().equals(rate.base()) && r.rate().quote().equals(rate.quote())
                    && r.rate().date().equals(rate.date())).findFirst().orElseThrow();
        }
        try {
            return rates.saveAndFlush(new FxRate(rate, source.isBlank() ? "entered" : source.strip(), sample, Instant.now(clock)));
        } catch (DataIntegrityViolationException raced) {
            // Another request kept the same pair and day between the check above and this insert (unique key fx_rate_pair_day).
            throw new RuleViolationException("rate-exists", "A rate for this pair and day is already kept");
        }
    }

    static RateView view(FxRate r) {
        var rate = r.rate();
        return new RateView(r.getId(), rate.base().getCurrencyCode(), rate.quote().getCurrencyCode(), rate.date(),
                rate.rate(), r.getSource(), r.isSample());
    }

    static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
