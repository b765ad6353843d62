package org.liaison.operations.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.http.MediaType;

/** The formats an export is written in, each with its media type, file extension and writer. */
public enum ExportFormat {

    CSV("text/csv;charset=UTF-8", "csv", CsvRowWriter::new),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxRowWriter::new),
    JSON("application/json", "json", JsonRowWriter::new);

    private final MediaType mediaType;
    private final String extension;
    private final BiFunction<OutputStream, List<String>, RowWriter> writer;

    ExportFormat(String mediaType, String extension, BiFunction<OutputStream, List<String>, RowWriter> writer) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
        this.writer = writer;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer of rows with these columns to the stream; it writes the header at once. */
    public RowWriter open(OutputStream out, List<String> columns) {
        return writer.apply(out, columns);
    }

    /** The format of a parameter such as {@code csv}, ignoring case. */
    public static Optional<ExportFormat> of(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
