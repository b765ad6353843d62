package org.liaison.operations.imports;

/**
 * A row that cannot be imported: its number in the file, a reason code ({@code import.reason.<code>}
 * in the imports bundle) and the offending value, so the report says what to fix.
 */
public record BadRow(int row, String reason, String value) {}
