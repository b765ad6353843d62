package org.liaison.operations.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Writes rows of one export to a stream as they come; {@link #finish()} completes the file. */
public interface RowWriter {

    void row(List<@Nullable Object> values);

    /** Writes what the format needs at the end and flushes; does not close the stream. */
    void finish();

    /** A value as text: ISO forms for dates and instants, names for enums; null stays null. */
    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
