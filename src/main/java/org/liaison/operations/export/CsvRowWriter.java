package org.liaison.operations.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * CSV (RFC 4180, CRLF, every non-empty field quoted) in UTF-8 with a byte order mark, so Excel
 * opens Cyrillic and CJK text as such. A line break inside a value stays inside its quoted field,
 * so no value can forge a record. Text starting with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe so spreadsheets do not run it as a formula; numbers are written as is.
 */
final class CsvRowWriter implements RowWriter {

    static final char BOM = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;

    CsvRowWriter(OutputStream out, List<String> columns) {
        try {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC)
                    .setNullString("").get());
            printer.printRecord(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<@Nullable Object> values) {
        try {
            for (var value : values) {
                if (value instanceof Number number) {
                    printer.print(number instanceof java.math.BigDecimal d && d.scale() < 0 ? d.setScale(0) : number);
                } else {
                    printer.print(guard(RowWriter.text(value)));
                }
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static @Nullable String guard(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
