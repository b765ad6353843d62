package org.liaison.operations.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Excel (.xlsx) through POI's streaming workbook: only a window of rows stays in memory, the rest
 * goes to a temporary file that is deleted at the end. Numbers are numeric cells; text longer than
 * a cell holds is cut; past a sheet's last row the rows continue on a new sheet with the header.
 */
final class XlsxRowWriter implements RowWriter {

    static final int WINDOW = 200;
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final List<String> columns;
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private Sheet sheet;
    private int next;

    XlsxRowWriter(OutputStream out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.header = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        this.sheet = newSheet();
    }

    private Sheet newSheet() {
        var created = workbook.createSheet("export" + (workbook.getNumberOfSheets() == 0 ? "" : " " + (workbook.getNumberOfSheets() + 1)));
        var row = created.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
        }
        next = 1;
        return created;
    }

    @Override
    public void row(List<@Nullable Object> values) {
        if (next >= MAX_ROWS) {
            sheet = newSheet();
        }
        var row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = RowWriter.text(value);
                cell.setCellValue(text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
    }

    @Override
    public void finish() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone already
            }
        }
    }
}
