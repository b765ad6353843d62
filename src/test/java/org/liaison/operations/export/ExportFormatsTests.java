package org.liaison.operations.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The three export formats written and parsed back with independent readers (commons-csv, POI,
 * Jackson): every value survives, including Cyrillic and CJK text, quotes, commas and line breaks;
 * a CR/LF inside a value cannot forge a CSV record; a leading {@code =} cannot become a formula.
 */
class ExportFormatsTests {

    static final List<String> COLUMNS = List.of("id", "name", "amount", "count", "flag", "day", "at", "note");

    static final List<String> TRICKY = List.of("Сколково", "清华大学科技园", "日立製作所", "comma, inside", "\"quoted\"",
            "line\r\nbreak\",\"forged\",\"row", "=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "plain");

    static List<List<@Nullable Object>> rows(long seed, int n) {
        var random = new Random(seed);
        var rows = new ArrayList<List<@Nullable Object>>();
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>(Arrays.<@Nullable Object>asList(new UUID(seed, i), TRICKY.get(random.nextInt(TRICKY.size())),
                    new BigDecimal(random.nextInt(2_000_000) - 1_000_000).movePointLeft(2), random.nextInt(1000), random.nextBoolean(),
                    LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000)), Instant.ofEpochSecond(1_300_000_000L + random.nextInt(1_000_000)),
                    random.nextInt(4) == 0 ? null : TRICKY.get(random.nextInt(TRICKY.size())))));
        }
        return rows;
    }

    static byte[] write(ExportFormat format, List<List<@Nullable Object>> rows) {
        var out = new ByteArrayOutputStream();
        var writer = format.open(out, COLUMNS);
        rows.forEach(writer::row);
        writer.finish();
        return out.toByteArray();
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndParsesBackRecordForRecord() throws IOException {
        var rows = rows(7, 300);
        byte[] bytes = write(ExportFormat.CSV, rows);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        assertThat(records).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var record = records.get(i);
            assertThat(record.size()).isEqualTo(COLUMNS.size());
            assertThat(record.get("id")).isEqualTo(row.get(0).toString());
            assertThat(record.get("name")).isEqualTo(guarded((String) row.get(1)));
            assertThat(new BigDecimal(record.get("amount"))).isEqualByComparingTo((BigDecimal) row.get(2));
            assertThat(record.get("count")).isEqualTo(row.get(3).toString());
            assertThat(record.get("flag")).isEqualTo(row.get(4).toString());
            assertThat(LocalDate.parse(record.get("day"))).isEqualTo(row.get(5));
            assertThat(Instant.parse(record.get("at"))).isEqualTo(row.get(6));
            assertThat(record.get("note")).isEqualTo(row.get(7) == null ? "" : guarded((String) row.get(7)));
        }
    }

    @Test
    void aLineBreakInsideAValueStaysInsideItsQuotedField() throws IOException {
        byte[] bytes = write(ExportFormat.CSV, List.of(
                new ArrayList<>(Arrays.<@Nullable Object>asList("a", "x\r\n\"b\",\"forged\"\r\nend", 1, 2, true, null, null, null))));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
        assertThat(records).hasSize(2); // the header and the one row
        assertThat(records.get(1).get(1)).isEqualTo("x\r\n\"b\",\"forged\"\r\nend");
    }

    @Test
    void textThatLooksLikeAFormulaIsPrefixedAndNumbersAreNot() {
        assertThat(CsvRowWriter.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvRowWriter.guard("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvRowWriter.guard("\tx")).isEqualTo("'\tx");
        assertThat(CsvRowWriter.guard("Сколково")).isEqualTo("Сколково");
        byte[] bytes = write(ExportFormat.CSV, List.of(new ArrayList<>(Arrays.<@Nullable Object>asList("id", "-x", new BigDecimal("-12.50"),
                -3, false, null, null, null))));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'-x\",-12.50,-3,");
    }

    @Test
    void excelParsesBackWithNumbersAsNumbersAndTextAsWritten() throws IOException {
        var rows = rows(11, 500);
        byte[] bytes = write(ExportFormat.XLSX, rows);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                var cells = sheet.getRow(i + 1);
                assertThat(cells.getCell(0).getStringCellValue()).isEqualTo(row.get(0).toString());
                assertThat(cells.getCell(1).getStringCellValue()).isEqualTo(row.get(1));
                assertThat(cells.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(cells.getCell(2).getNumericCellValue())).isEqualByComparingTo((BigDecimal) row.get(2));
                assertThat(cells.getCell(4).getBooleanCellValue()).isEqualTo(row.get(4));
                assertThat(cells.getCell(6).getStringCellValue()).isEqualTo(row.get(6).toString());
                if (row.get(7) == null) {
                    assertThat(cells.getCell(7)).isNull();
                } else {
                    assertThat(cells.getCell(7).getStringCellValue()).isEqualTo(row.get(7));
                }
            }
        }
    }

    @Test
    void jsonParsesBackAsOneObjectPerRow() {
        var rows = rows(13, 300);
        var tree = JsonMapper.builder().build().readTree(write(ExportFormat.JSON, rows));
        assertThat(tree.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var node = tree.get(i);
            assertThat(node.propertyNames()).containsExactlyElementsOf(COLUMNS);
            assertThat(node.get("name").asString()).isEqualTo(row.get(1));
            assertThat(node.get("amount").decimalValue()).isEqualByComparingTo((BigDecimal) row.get(2));
            assertThat(node.get("count").intValue()).isEqualTo(row.get(3));
            assertThat(node.get("flag").booleanValue()).isEqualTo(row.get(4));
            assertThat(node.get("note").isNull()).isEqualTo(row.get(7) == null);
        }
    }

    @Test
    void formatsAreNamedByTheirExtensionOnly() {
        assertThat(ExportFormat.of("CSV")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of("xlsx")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of("json")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.of("xls")).isEmpty();
    }

    static String guarded(String text) {
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
