package org.liaison.operations.imports.web;

import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.liaison.operations.imports.RowResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable report of an import or dry run, as CSV in the reader's language: one line per
 * bad row (with its reason), duplicate, filled field set or conflict kept. Values that start like a
 * spreadsheet formula are quoted so they are not run.
 */
@Component
class ImportReport {

    private final MessageSource messages;

    ImportReport(MessageSource messages) {
        this.messages = messages;
    }

    String csv(List<RowResult> rows, Locale locale) {
        var out = new StringBuilder();
        var format = CSVFormat.RFC4180.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).get();
        try (var printer = format.print(out)) {
            printer.printRecord(msg("imports.report.row", locale), msg("imports.report.outcome", locale),
                    msg("imports.report.key", locale), msg("imports.report.detail", locale));
            for (var r : rows) {
                if (!"bad".equals(r.outcome()) && !"duplicate".equals(r.outcome()) && r.detail() == null) {
                    continue;
                }
                printer.printRecord(r.row(), msg("imports.outcome." + r.outcome(), locale), safe(r.key()),
                        safe(detail(r, locale)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A row's reason, duplicate, fills and conflicts in words. */
    String detail(RowResult r, Locale locale) {
        if ("bad".equals(r.outcome())) {
            return messages.getMessage("imports.reason." + r.reason(), new Object[] {r.value()},
                    String.valueOf(r.reason()), locale);
        }
        var parts = new java.util.ArrayList<String>();
        if ("duplicate".equals(r.outcome())) {
            parts.add(msg("imports.detail.duplicate-of", locale, r.duplicateOf()));
        }
        if (!r.filled().isEmpty()) {
            parts.add(msg("imports.detail.filled", locale, String.join(", ", r.filled())));
        }
        for (var c : r.conflicts()) {
            parts.add(msg("imports.detail.conflict", locale, c[0], c[1], c[2]));
        }
        return String.join("; ", parts);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String safe(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
