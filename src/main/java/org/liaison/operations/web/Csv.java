package org.liaison.operations.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * CSV lines (RFC 4180): every field quoted, quotes doubled, so a value with a comma, a quote or
 * a line break stays one field of one record. A leading {@code = + - @} is prefixed with a quote
 * so spreadsheets do not run it as a formula.
 */
final class Csv {

    private Csv() {}

    static String line(@Nullable String... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
