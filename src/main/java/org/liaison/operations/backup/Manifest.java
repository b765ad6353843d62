package org.liaison.operations.backup;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json} of a backup archive.
 *
 * @param format      the archive format (1)
 * @param version     the application's version that wrote it
 * @param database    the database product it was read from
 * @param flyway      the schema version (Flyway's current migration)
 * @param migrations  every applied migration version, so a restore can check its schema has them all
 * @param tables      each table with its row count and fingerprint, in foreign-key order
 * @param documents   each stored document with its size and fingerprint
 */
public record Manifest(int format, String version, Instant createdAt, String database, String flyway,
        List<String> migrations, List<Table> tables, List<Document> documents) {

    /** @param fingerprint SHA-256 over the table's rows in a canonical, database-independent form, sorted */
    public record Table(String name, long rows, String fingerprint) {}

    public record Document(String path, long size, String sha256) {}
}
