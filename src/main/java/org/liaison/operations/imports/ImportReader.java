package org.liaison.operations.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import com.ibm.icu.text.CharsetDetector;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.Stage;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns the bytes of a CSV or Excel (.xlsx) file into rows: first the raw cells row by row, then,
 * with a {@link ColumnMapping}, into {@link ImportRow}s and {@link BadRow}s. Plain Java, no Spring:
 * whatever the bytes are, it either reads them or throws {@link ImportFileException}.
 *
 * <p>CSV: a byte order mark decides the encoding; otherwise strict UTF-8, and when that fails the
 * most likely legacy encoding (windows-1251, Shift_JIS, GB18030...). The delimiter (comma,
 * semicolon, tab or bar) is the one that splits the first lines most consistently. Excel: the
 * first sheet, streamed (SAX), so big files are not held as a workbook.
 */
public final class ImportReader {

    /** The most columns a row may have and the longest a cell may be. */
    public static final int MAX_COLUMNS = 64;
    public static final int MAX_CELL = 4000;

    /** Receives the raw cells of each row; row numbers start at 1 (the header). */
    public interface CellSink {
        void row(int row, List<String> cells);
    }

    /** Receives each data row, mapped. */
    public interface RowSink {
        void good(ImportRow row);

        void bad(BadRow row);
    }

    /** What a whole file reads as: its header, the good rows and the bad ones. */
    public record Result(List<String> headers, List<ImportRow> rows, List<BadRow> bad) {}

    private ImportReader() {}

    /** Whether the bytes are an Excel (OOXML, zip) file rather than text. */
    public static boolean isExcel(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    /** The header row only (for the mapping step). */
    public static List<String> headers(byte[] bytes) {
        var out = new ArrayList<List<String>>();
        try {
            cells(bytes, (row, cells) -> {
                if (row == 1) {
                    out.add(cells);
                    throw new Stop();
                }
            });
        } catch (Stop stop) {
            // header read
        }
        if (out.isEmpty()) {
            throw new ImportFileException("empty", "no header row");
        }
        return out.getFirst();
    }

    /** Reads the whole file into memory, mapped (for small files, tests and fuzzing). */
    public static Result read(byte[] bytes, ColumnMapping mapping) {
        var headers = new ArrayList<String>();
        var rows = new ArrayList<ImportRow>();
        var bad = new ArrayList<BadRow>();
        read(bytes, mapping, headers::addAll, new RowSink() {
            @Override
            public void good(ImportRow row) {
                rows.add(row);
            }

            @Override
            public void bad(BadRow row) {
                bad.add(row);
            }
        });
        return new Result(headers, rows, bad);
    }

    /** Streams the file's data rows, mapped; {@code header} gets the header row first. */
    public static void read(byte[] bytes, ColumnMapping mapping, java.util.function.Consumer<List<String>> header,
            RowSink sink) {
        if (!mapping.maps(ImportField.ORGANIZATION)) {
            throw new ImportFileException("mapping-organization", "no column holds the organization");
        }
        cells(bytes, (row, cells) -> {
            if (row == 1) {
                header.accept(cells);
            } else if (!cells.stream().allMatch(String::isBlank)) {
                map(row, cells, mapping, sink);
            }
        });
    }

    /** The raw cells of every row, the header included. */
    public static void cells(byte[] bytes, CellSink sink) {
        if (bytes.length == 0) {
            throw new ImportFileException("empty", "the file is empty");
        }
        if (isExcel(bytes)) {
            excel(bytes, sink);
        } else {
            csv(bytes, sink);
        }
    }

    // --- CSV

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            var detector = new CharsetDetector();
            detector.setText(bytes);
            var match = detector.detect();
            Charset charset = StandardCharsets.ISO_8859_1;
            if (match != null && Charset.isSupported(match.getName())) {
                charset = Charset.forName(match.getName());
            }
            return new String(bytes, charset);
        }
    }

    /** The delimiter that splits the first lines into the same, largest number of fields. */
    static char sniffDelimiter(String text) {
        var lines = text.lines().limit(20).filter(l -> !l.isBlank()).toList();
        char best = ',';
        int bestScore = 0;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            int first = -1;
            int consistent = 0;
            for (var line : lines) {
                int n = countOutsideQuotes(line, d);
                if (first < 0) {
                    first = n;
                }
                if (n == first && n > 0) {
                    consistent++;
                }
            }
            int score = first <= 0 ? 0 : consistent * 1000 + first;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        boolean quoted = false;
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static void csv(byte[] bytes, CellSink sink) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new ImportFileException("empty", "the file has no text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportFileException("not-text", "the file is neither CSV nor .xlsx");
        }
        var format = CSVFormat.RFC4180.builder().setDelimiter(sniffDelimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (Reader reader = new StringReader(text); var parser = format.parse(reader)) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                sink.row(row, limit(row, Arrays.asList(record.values())));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("csv-broken", String.valueOf(e.getMessage()));
        }
    }

    private static List<String> limit(int row, List<String> cells) {
        if (cells.size() > MAX_COLUMNS) {
            throw new ImportFileException("too-many-columns", "row " + row + " has " + cells.size() + " columns");
        }
        return cells.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    // --- Excel

    private static void excel(byte[] bytes, CellSink sink) {
        try (InputStream in = new ByteArrayInputStream(bytes); var pkg = OPCPackage.open(in)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("excel-empty", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                var handler = new SheetRows(sink);
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler,
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
                handler.flush();
            }
        } catch (ImportFileException | Stop e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            throw new ImportFileException("excel-broken", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Collects a sheet's cells row by row; missing rows and cells are blank. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final CellSink sink;
        private final List<String> cells = new ArrayList<>();
        private int row = -1;

        SheetRows(CellSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1, limit(rowNum + 1, List.copyOf(cells)));
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : columnOf(reference);
            if (column >= MAX_COLUMNS) {
                throw new ImportFileException("too-many-columns", "row " + (row + 1) + " has a cell at " + reference);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        void flush() {
            // rows are handed over at their end
        }

        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    return MAX_COLUMNS;
                }
            }
            return column - 1;
        }
    }

    // --- mapping

    static void map(int row, List<String> cells, ColumnMapping mapping, RowSink sink) {
        String[] value = new String[ImportField.values().length];
        for (int c = 0; c < cells.size(); c++) {
            var field = mapping.fieldOf(c);
            if (field != ImportField.IGNORE) {
                String v = cells.get(c);
                if (v.length() > MAX_CELL) {
                    sink.bad(new BadRow(row, "too-long", field.key()));
                    return;
                }
                value[field.ordinal()] = v.isBlank() ? null : v;
            }
        }
        String organization = value[ImportField.ORGANIZATION.ordinal()];
        if (organization == null) {
            sink.bad(new BadRow(row, "organization-missing", ""));
            return;
        }
        if (organization.length() > 300) {
            sink.bad(new BadRow(row, "too-long", ImportField.ORGANIZATION.key()));
            return;
        }
        OrganizationKind kind = null;
        String k = value[ImportField.KIND.ordinal()];
        if (k != null) {
            var parsed = OrganizationKind.parse(k);
            if (parsed.isEmpty()) {
                sink.bad(new BadRow(row, "kind-unknown", k));
                return;
            }
            kind = parsed.get();
        }
        String country = null;
        String c = value[ImportField.COUNTRY.ordinal()];
        if (c != null) {
            var code = Countries.code(c);
            if (code.isEmpty()) {
                sink.bad(new BadRow(row, "country-unknown", c));
                return;
            }
            country = code.get();
        }
        String website = value[ImportField.WEBSITE.ordinal()];
        if (website != null && (website.length() > 500 || Names.domain(website) == null)) {
            sink.bad(new BadRow(row, "website-invalid", website));
            return;
        }
        Stage stage = null;
        String s = value[ImportField.STAGE.ordinal()];
        if (s != null) {
            stage = Arrays.stream(Stage.values()).filter(x -> x.name().equalsIgnoreCase(s.strip())).findFirst()
                    .orElse(null);
            if (stage == null) {
                sink.bad(new BadRow(row, "stage-unknown", s));
                return;
            }
        }
        String city = value[ImportField.CITY.ordinal()];
        if (city != null && city.length() > 200) {
            sink.bad(new BadRow(row, "too-long", ImportField.CITY.key()));
            return;
        }
        String person = value[ImportField.PERSON.ordinal()];
        String role = value[ImportField.ROLE.ordinal()];
        if (role != null && person == null) {
            sink.bad(new BadRow(row, "role-without-person", role));
            return;
        }
        if ((person != null && person.length() > 300) || (role != null && role.length() > 200)) {
            sink.bad(new BadRow(row, "too-long", person != null && person.length() > 300 ? "person" : "role"));
            return;
        }
        var aliases = new ArrayList<String>();
        String a = value[ImportField.ALIASES.ordinal()];
        if (a != null) {
            for (var part : a.split("[;|]")) {
                if (!part.isBlank() && part.strip().length() <= 300) {
                    aliases.add(part.strip());
                }
            }
        }
        sink.good(new ImportRow(row, organization.strip(), aliases, kind, country, city, website,
                value[ImportField.DESCRIPTION.ordinal()], person == null ? null : person.strip(), role, stage));
    }

    /** Ends reading early (the header is enough). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    static @Nullable String host(String website) {
        try {
            String w = website.strip();
            if (!w.contains("://")) {
                w = "http://" + w;
            }
            var host = URI.create(w).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
