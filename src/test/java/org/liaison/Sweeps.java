package org.liaison;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.AuthorizationMatrixIntegrationTests.Row;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the input sweeps share: the authorization matrix (its rows give every endpoint with a
 * valid body, its sample registry fresh records for every path variable, its requests are signed
 * in for real) and a fingerprint of the database.
 * <p>
 * The fingerprint is, per table, the row count and a hash of every row. Left out, and only these:
 * tables whose rows are written on purpose by reads ({@link #UNTRACKED_TABLES}: the audit trail,
 * its security events, sign-in failures, the scheduler's locks, Flyway's history) and the one
 * bookkeeping column a token's use touches ({@link #UNTRACKED_COLUMNS}).
 */
final class Sweeps {

    /** Tables a read may write to on purpose. Everything else must stay the same. */
    static final Set<String> UNTRACKED_TABLES = Set.of("audit_revision", "audit_security_event", "login_failure",
            "shedlock", "flyway_schema_history");

    /** Every table ending so is an Envers audit table (the audit trail of its base table). */
    static final String AUDIT_SUFFIX = "_aud";

    /** table.column pairs a read may write: when a personal API token was last used (minute precision), and the version that write bumps. */
    static final Set<String> UNTRACKED_COLUMNS = Set.of("api_token.last_used_at", "api_token.version");

    private Sweeps() {
    }

    /** The matrix test, its sample registry filled and its users signed in, to build requests with. */
    static AuthorizationMatrixIntegrationTests matrix(ApplicationContext context) {
        var matrix = context.getAutowireCapableBeanFactory().createBean(AuthorizationMatrixIntegrationTests.class);
        matrix.signIn();
        return matrix;
    }

    static Map<Endpoint, Row> rows() {
        try {
            return Row.read();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Per table (lower case): row count and a hash of all rows in a stable order. */
    static Map<String, String> fingerprint(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        var result = new TreeMap<String, String>();
        for (String table : tables(dataSource)) {
            var rows = new ArrayList<String>();
            jdbc.query("select * from " + table, rs -> {
                var meta = rs.getMetaData();
                var line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (UNTRACKED_COLUMNS.contains(table + "." + column)) {
                        continue;
                    }
                    Object value = rs.getObject(i);
                    if (value instanceof byte[] bytes) {
                        value = HexFormat.of().formatHex(bytes);
                    }
                    line.append(column).append('=').append(value).append('\u001f');
                }
                rows.add(line.toString());
            });
            rows.sort(null);
            result.put(table, rows.size() + " rows, " + sha256(String.join("\n", rows)));
        }
        return result;
    }

    /** The values of a table's text columns that contain any of the needles (as "column=value"). */
    static List<String> valuesContaining(DataSource dataSource, String table, String... needles) {
        var found = new ArrayList<String>();
        new JdbcTemplate(dataSource).query("select * from " + table, rs -> {
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (rs.getObject(i) instanceof String value) {
                    for (String needle : needles) {
                        if (value.contains(needle)) {
                            found.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT) + "=" + value);
                        }
                    }
                }
            }
        });
        return found;
    }

    /** The tables of the application's schema that a fingerprint covers. */
    static List<String> tables(DataSource dataSource) {
        var tables = new ArrayList<String>();
        try (var connection = dataSource.getConnection()) {
            try (var rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!UNTRACKED_TABLES.contains(name) && !name.endsWith(AUDIT_SUFFIX)) {
                        tables.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        tables.sort(null);
        return tables;
    }

    /**
     * The fingerprint once the application is quiet: no event publication outstanding (listeners
     * run after commits, asynchronously) and two fingerprints in a row equal.
     */
    static Map<String, String> settledFingerprint(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        var last = new AtomicReference<Map<String, String>>(Map.of());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Integer open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Integer.class);
            if (open == null || open > 0) {
                return false;
            }
            var now = fingerprint(dataSource);
            boolean same = now.equals(last.get());
            last.set(now);
            return same;
        });
        return last.get();
    }

    /** The tables whose fingerprints differ, with before → after. */
    static Map<String, String> differences(Map<String, String> before, Map<String, String> after) {
        var changed = new TreeMap<String, String>();
        for (var table : before.keySet()) {
            if (!before.get(table).equals(after.get(table))) {
                changed.put(table, before.get(table) + " → " + after.get(table));
            }
        }
        for (var table : after.keySet()) {
            if (!before.containsKey(table)) {
                changed.put(table, "new: " + after.get(table));
            }
        }
        return changed;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
