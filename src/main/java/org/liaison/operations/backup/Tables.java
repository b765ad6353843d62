package org.liaison.operations.backup;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The tables of the current schema, read from the database's metadata, and their rows in a
 * canonical form that is the same on H2 and PostgreSQL: column names in lower case, sorted;
 * instants as ISO-8601 in UTC; UUIDs, dates and decimals as text; binary as Base64.
 */
final class Tables {

    /** Flyway's own table: a restore migrates its schema first, so the history is the target's. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private Tables() {}

    /** Every table except Flyway's history, parents before children (foreign keys). */
    static List<String> inDependencyOrder(Connection con) throws SQLException {
        var meta = con.getMetaData();
        var names = new TreeSet<String>();
        try (var rs = meta.getTables(con.getCatalog(), con.getSchema(), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(FLYWAY_HISTORY)) {
                    names.add(name);
                }
            }
        }
        var parents = new HashMap<String, Set<String>>();
        for (String name : names) {
            var these = new TreeSet<String>();
            try (var rs = meta.getImportedKeys(con.getCatalog(), con.getSchema(), stored(meta, name))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(name) && names.contains(parent)) {
                        these.add(parent);
                    }
                }
            }
            parents.put(name, these);
        }
        var ordered = new LinkedHashSet<String>();
        for (String name : names) {
            visit(name, parents, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void visit(String name, Map<String, Set<String>> parents, Set<String> done, Set<String> path) {
        if (done.contains(name) || !path.add(name)) {
            return; // done, or a cycle: its rows load in table order
        }
        for (String parent : parents.getOrDefault(name, Set.of())) {
            visit(parent, parents, done, path);
        }
        done.add(name);
    }

    static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** One row, canonical: lower-case column names in order, values as JSON-ready text, numbers and booleans. */
    static Map<String, @Nullable Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        var row = new TreeMap<String, @Nullable Object>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs, i, meta.getColumnType(i), meta.getColumnTypeName(i)));
        }
        return row;
    }

    private static @Nullable Object value(ResultSet rs, int i, int type, String typeName) throws SQLException {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("timestamptz") || name.contains("with time zone")) {
            var value = rs.getObject(i, OffsetDateTime.class);
            return value == null ? null : value.toInstant().toString();
        }
        if (type == Types.TIMESTAMP) {
            var value = rs.getObject(i, LocalDateTime.class);
            return value == null ? null : value.toString();
        }
        if (type == Types.DATE) {
            var value = rs.getObject(i, LocalDate.class);
            return value == null ? null : value.toString();
        }
        Object value = rs.getObject(i);
        return switch (value) {
            case null -> null;
            case UUID uuid -> uuid.toString();
            case Boolean b -> b;
            case Byte n -> n.longValue();
            case Short n -> n.longValue();
            case Integer n -> n.longValue();
            case Long n -> n;
            case BigDecimal n -> n.toPlainString();
            case Double n -> n;
            case Float n -> n.doubleValue();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case java.sql.Clob clob -> clob.getSubString(1, (int) clob.length());
            case java.sql.Blob blob -> Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
            default -> value.toString();
        };
    }

    /** A value of the canonical form, converted for a column of the given SQL type. */
    static @Nullable Object toColumn(@Nullable Object value, int type, String typeName) {
        if (value == null) {
            return null;
        }
        String name = typeName.toLowerCase(Locale.ROOT);
        String text = value.toString();
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("timestamptz") || name.contains("with time zone")) {
            return java.time.Instant.parse(text).atOffset(ZoneOffset.UTC);
        }
        if (type == Types.TIMESTAMP) {
            return LocalDateTime.parse(text);
        }
        if (type == Types.DATE) {
            return LocalDate.parse(text);
        }
        if (name.equals("uuid")) {
            return UUID.fromString(text);
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> value instanceof Boolean b ? b : Boolean.valueOf(text);
            case Types.TINYINT, Types.SMALLINT -> Short.valueOf(text);
            case Types.INTEGER -> Integer.valueOf(text);
            case Types.BIGINT -> Long.valueOf(text);
            case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(text);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> Double.valueOf(text);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Base64.getDecoder().decode(text);
            default -> text;
        };
    }

    /** The fingerprint of a table: SHA-256 over its canonical rows (as JSON lines), sorted. */
    static String fingerprint(List<String> canonicalRows) {
        var sorted = new ArrayList<>(canonicalRows);
        sorted.sort(null);
        var digest = sha256();
        for (String row : sorted) {
            digest.update(row.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column names and types of a table in the target database. */
    static LinkedHashMap<String, int[]> columns(Connection con, String table, Map<String, String> typeNames) throws SQLException {
        var columns = new LinkedHashMap<String, int[]>();
        var meta = con.getMetaData();
        try (var rs = meta.getColumns(con.getCatalog(), con.getSchema(), stored(meta, table), "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.put(column, new int[] { rs.getInt("DATA_TYPE"), "YES".equals(rs.getString("IS_AUTOINCREMENT")) ? 1 : 0 });
                typeNames.put(column, rs.getString("TYPE_NAME"));
            }
        }
        return columns;
    }
}
