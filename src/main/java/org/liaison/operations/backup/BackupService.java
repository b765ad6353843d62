package org.liaison.operations.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.LiaisonSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table and the stored documents to one zip, and restores such a zip into an empty
 * instance of the same or a newer release, on H2 or PostgreSQL. The tables come from the
 * database's metadata, so a module's new tables are in the next backup without a change here.
 *
 * <p>Archive: {@code manifest.json} ({@link Manifest}), {@code tables/<name>.jsonl} (one JSON
 * object per row, canonical values), {@code documents/...} (the files under
 * {@code <data-dir>/documents}).
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    static final int FORMAT = 1;
    static final int BATCH = 500;

    private final DataSource dataSource;
    private final Flyway flyway;
    private final LiaisonSettings settings;
    private final EntityManagerFactory entityManagers;
    private final JsonMapper json;
    private final Clock clock;

    BackupService(DataSource dataSource, Flyway flyway, LiaisonSettings settings, EntityManagerFactory entityManagers,
            JsonMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.settings = settings;
        this.entityManagers = entityManagers;
        this.json = json;
        this.clock = clock;
    }

    /** The documents folder whose files a backup carries. */
    Path documents() {
        return settings.dataDir().resolve("documents");
    }

    /** Writes the archive; returns its manifest. */
    public Manifest backup(Path archive) {
        try (Connection con = dataSource.getConnection()) {
            con.setReadOnly(true);
            con.setAutoCommit(false); // one snapshot on PostgreSQL (repeatable read below)
            con.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            var tables = new ArrayList<Manifest.Table>();
            var docs = new ArrayList<Manifest.Document>();
            Path parent = archive.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (var zip = new ZipOutputStream(Files.newOutputStream(archive))) {
                for (String table : Tables.inDependencyOrder(con)) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                    var lines = new ArrayList<String>();
                    try (var statement = con.createStatement()) {
                        statement.setFetchSize(BATCH);
                        try (var rs = statement.executeQuery("select * from " + table)) {
                            while (rs.next()) {
                                String line = json.writeValueAsString(Tables.row(rs));
                                lines.add(line);
                                zip.write(line.getBytes(StandardCharsets.UTF_8));
                                zip.write('\n');
                            }
                        }
                    }
                    zip.closeEntry();
                    tables.add(new Manifest.Table(table, lines.size(), Tables.fingerprint(lines)));
                    log.info("Backup: {} ({} rows)", table, lines.size());
                }
                if (Files.isDirectory(documents())) {
                    try (Stream<Path> files = Files.walk(documents())) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            String name = documents().relativize(file).toString().replace('\\', '/');
                            byte[] bytes = Files.readAllBytes(file);
                            zip.putNextEntry(new ZipEntry("documents/" + name));
                            zip.write(bytes);
                            zip.closeEntry();
                            docs.add(new Manifest.Document(name, bytes.length, sha256(bytes)));
                        }
                    }
                }
                var manifest = new Manifest(FORMAT, version(), clock.instant(), con.getMetaData().getDatabaseProductName(),
                        currentSchemaVersion(), appliedMigrations(), tables, docs);
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                con.commit();
                log.info("Backup written to {}: {} tables, {} documents", archive, tables.size(), docs.size());
                return manifest;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Restores an archive. The schema is this instance's, migrated by Flyway at start; it must
     * hold every migration the archive's did. Every table of the archive is emptied and loaded
     * parents first, identities are moved past the restored ids, the fingerprints are checked,
     * the documents written and the search indexes rebuilt.
     *
     * @param requireEmpty refuse when this instance already has user accounts (the command does)
     * @param progress     receives a line per step
     */
    public Manifest restore(Path archive, boolean requireEmpty, Consumer<String> progress) {
        try (var zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            var manifestEntry = zip.getEntry("manifest.json");
            if (manifestEntry == null) {
                throw new IllegalArgumentException(archive + " is not a Liaison backup: no manifest.json");
            }
            Manifest manifest;
            try (var in = zip.getInputStream(manifestEntry)) {
                manifest = json.readValue(in, Manifest.class);
            }
            var missing = new TreeSet<>(manifest.migrations());
            missing.removeAll(appliedMigrations());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("This instance lacks migrations of the backup " + missing
                        + ": restore with the same or a newer release of Liaison");
            }
            try (Connection con = dataSource.getConnection()) {
                con.setAutoCommit(false);
                var present = Set.copyOf(Tables.inDependencyOrder(con));
                if (requireEmpty && present.contains("user_account") && count(con, "user_account") > 0) {
                    throw new IllegalStateException("Restore only into an empty instance: this one already has users");
                }
                var order = manifest.tables().stream().map(Manifest.Table::name).toList();
                for (String table : order) {
                    if (!present.contains(table)) {
                        throw new IllegalStateException("The backup has table " + table + ", this instance has not");
                    }
                }
                var reversed = new ArrayList<>(order);
                java.util.Collections.reverse(reversed);
                for (String table : reversed) {
                    try (var statement = con.createStatement()) {
                        statement.executeUpdate("delete from " + table);
                    }
                }
                int step = 0;
                for (var table : manifest.tables()) {
                    long rows = load(con, zip, table.name());
                    progress.accept("Restored %s: %d rows (%d/%d)".formatted(table.name(), rows, ++step, order.size()));
                }
                resetIdentities(con, order);
                con.commit();
                var wrong = new ArrayList<String>();
                for (var table : manifest.tables()) {
                    var now = fingerprint(con, table.name());
                    if (now.rows() != table.rows() || !now.fingerprint().equals(table.fingerprint())) {
                        wrong.add(table.name() + " (" + now.rows() + " rows, expected " + table.rows() + ")");
                    }
                }
                con.commit();
                if (!wrong.isEmpty()) {
                    throw new IllegalStateException("Restored tables differ from the backup: " + wrong);
                }
            }
            for (var document : manifest.documents()) {
                Path target = documents().resolve(document.path()).normalize();
                if (!target.startsWith(documents().normalize())) {
                    throw new IllegalArgumentException("A document path leaves the documents folder: " + document.path());
                }
                Files.createDirectories(target.getParent());
                try (var in = zip.getInputStream(zip.getEntry("documents/" + document.path()))) {
                    byte[] bytes = in.readAllBytes();
                    if (!sha256(bytes).equals(document.sha256())) {
                        throw new IllegalStateException("Document " + document.path() + " does not match its fingerprint");
                    }
                    Files.write(target, bytes);
                }
            }
            progress.accept("Restored %d documents".formatted(manifest.documents().size()));
            rebuildSearchIndexes(progress);
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("Restore failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Restore failed: " + e.getMessage(), e);
        }
    }

    /** Row count and fingerprint of a table as it is now, computed as a backup does. */
    public Manifest.Table fingerprint(String table) {
        try (Connection con = dataSource.getConnection()) {
            return fingerprint(con, table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Manifest.Table fingerprint(Connection con, String table) throws SQLException {
        var lines = new ArrayList<String>();
        try (var statement = con.createStatement(); var rs = statement.executeQuery("select * from " + table)) {
            while (rs.next()) {
                lines.add(json.writeValueAsString(Tables.row(rs)));
            }
        }
        return new Manifest.Table(table, lines.size(), Tables.fingerprint(lines));
    }

    private long load(Connection con, ZipFile zip, String table) throws SQLException, IOException {
        var entry = zip.getEntry("tables/" + table + ".jsonl");
        if (entry == null) {
            throw new IllegalArgumentException("The backup lacks the rows of " + table);
        }
        var typeNames = new HashMap<String, String>();
        var columns = Tables.columns(con, table, typeNames);
        long rows = 0;
        try (var reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            List<String> names = null;
            java.sql.PreparedStatement insert = null;
            try {
                int pending = 0;
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    LinkedHashMap<String, @Nullable Object> row = json.readValue(line, new TypeReference<>() {});
                    if (names == null) {
                        names = List.copyOf(row.keySet());
                        for (String name : names) {
                            if (!columns.containsKey(name)) {
                                throw new IllegalStateException("The backup has column " + table + "." + name + ", this instance has not");
                            }
                        }
                        insert = con.prepareStatement("insert into " + table + " (" + String.join(", ", names) + ") values ("
                                + String.join(", ", names.stream().map(n -> "?").toList()) + ")");
                    }
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get(i);
                        insert.setObject(i + 1, Tables.toColumn(row.get(name), columns.get(name)[0], typeNames.get(name)));
                    }
                    insert.addBatch();
                    rows++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (insert != null && pending > 0) {
                    insert.executeBatch();
                }
            } finally {
                if (insert != null) {
                    insert.close();
                }
            }
        }
        return rows;
    }

    /** Identity columns continue after the highest restored value (H2 and PostgreSQL). */
    private static void resetIdentities(Connection con, List<String> tables) throws SQLException {
        boolean postgres = con.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        for (String table : tables) {
            var typeNames = new HashMap<String, String>();
            for (var column : Tables.columns(con, table, typeNames).entrySet()) {
                if (column.getValue()[1] != 1) {
                    continue;
                }
                long max;
                try (var statement = con.createStatement();
                        var rs = statement.executeQuery("select coalesce(max(" + column.getKey() + "), 0) from " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                try (var statement = con.createStatement()) {
                    if (postgres) {
                        statement.execute("select setval(pg_get_serial_sequence('" + table + "', '" + column.getKey() + "'), "
                                + Math.max(max, 1) + ", " + (max > 0) + ")");
                    } else {
                        statement.execute("alter table " + table + " alter column " + column.getKey() + " restart with " + (max + 1));
                    }
                }
            }
        }
    }

    private static long count(Connection con, String table) throws SQLException {
        try (var statement = con.createStatement(); var rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rebuilds every search index from the restored rows, reporting progress. */
    void rebuildSearchIndexes(Consumer<String> progress) {
        progress.accept("Rebuilding the search indexes");
        try {
            Search.mapping(entityManagers).scope(Object.class).massIndexer().threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search indexes", e);
        }
        progress.accept("Search indexes rebuilt");
    }

    private List<String> appliedMigrations() {
        return Stream.of(flyway.info().applied()).filter(m -> m.getVersion() != null && m.getState().isApplied())
                .map(m -> m.getVersion().getVersion()).sorted().distinct().toList();
    }

    private String currentSchemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? "" : current.getVersion().getVersion();
    }

    private static String version() {
        String version = BackupService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Tables.sha256().digest(bytes));
    }

}
