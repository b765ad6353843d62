package org.liaison.operations.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.LiaisonApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup of a populated instance (the reference story of every module, and a stored document) on
 * H2, restored into a fresh, empty instance: H2 normally, PostgreSQL under {@code -Ppostgres}
 * (the way a user moves from the embedded default to production). Counts and fingerprints of
 * every table equal, the documents equal, the search index rebuilt from the restored rows.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIntegrationTests {

    @TempDir
    static Path folder;

    ConfigurableApplicationContext source;
    ConfigurableApplicationContext target;

    static boolean onPostgres() {
        return System.getProperty("spring.profiles.active", "").contains("postgres-test");
    }

    @BeforeAll
    void start() throws Exception {
        // The source is always the embedded H2 database, whatever profile the build runs with.
        source = new SpringApplicationBuilder(LiaisonApplication.class).run(
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:backup-source-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--liaison.demo.enabled=true",
                "--liaison.data-dir=" + folder.resolve("source"));
        Files.createDirectories(folder.resolve("source/documents/2012"));
        Files.writeString(folder.resolve("source/documents/2012/memorandum.txt"), "Меморандум · 备忘录 · 覚書",
                StandardCharsets.UTF_8);
        var targetArgs = new ArrayList<>(List.of(
                "--spring.profiles.active=" + (onPostgres() ? "test,postgres-test" : "test"),
                "--server.port=0",
                "--liaison.demo.enabled=false",
                "--liaison.data-dir=" + folder.resolve("target")));
        if (!onPostgres()) {
            targetArgs.add("--spring.datasource.url=jdbc:h2:mem:backup-target-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        target = new SpringApplicationBuilder(LiaisonApplication.class).run(targetArgs.toArray(String[]::new));
    }

    @AfterAll
    void stop() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    @Test
    void aBackupRestoresWithEqualCountsAndFingerprints() throws Exception {
        var sourceJdbc = source.getBean(JdbcTemplate.class);
        int organizations = sourceJdbc.queryForObject("select count(*) from organization", Integer.class);
        assertThat(organizations).as("the reference story is there").isGreaterThan(5);
        assertThat(sourceJdbc.queryForObject("select count(*) from engagement", Integer.class)).isPositive();
        assertThat(sourceJdbc.queryForObject("select count(*) from audit_revision", Integer.class)).isPositive();

        Path archive = folder.resolve("liaison-backup.zip");
        var written = source.getBean(BackupService.class).backup(archive);
        assertThat(written.tables()).extracting(Manifest.Table::name)
                .contains("organization", "person", "relationship", "engagement", "user_account", "audit_revision",
                        "organization_aud", "operations_maintenance")
                .doesNotContain("flyway_schema_history");
        assertThat(written.documents()).extracting(Manifest.Document::path).containsExactly("2012/memorandum.txt");
        // parents before children
        var names = written.tables().stream().map(Manifest.Table::name).toList();
        assertThat(names.indexOf("organization")).isLessThan(names.indexOf("organization_name"));

        var progress = new ArrayList<String>();
        var restored = target.getBean(BackupService.class).restore(archive, false, progress::add);
        assertThat(restored.tables()).hasSameSizeAs(written.tables());
        var targetBackups = target.getBean(BackupService.class);
        for (var table : written.tables()) {
            assertThat(targetBackups.fingerprint(table.name())).as(table.name()).isEqualTo(table);
        }
        assertThat(Files.readString(folder.resolve("target/documents/2012/memorandum.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Меморандум · 备忘录 · 覚書");
        assertThat(progress).contains("Rebuilding the search indexes", "Search indexes rebuilt")
                .anyMatch(line -> line.startsWith("Restored organization: " + organizations + " rows"));

        // the search index answers from the restored rows
        var indexed = Search.mapping(target.getBean(EntityManagerFactory.class)).scope(Object.class);
        var em = target.getBean(EntityManagerFactory.class).createEntityManager();
        try {
            long hits = Search.session(em).search(indexed).where(f -> f.matchAll()).fetchTotalHitCount();
            int people = target.getBean(JdbcTemplate.class).queryForObject("select count(*) from person", Integer.class);
            assertThat(hits).isEqualTo(organizations + people);
        } finally {
            em.close();
        }
        // identities continue after the restored ids: a new audit revision does not collide
        var jdbc = target.getBean(JdbcTemplate.class);
        long maxRevision = jdbc.queryForObject("select max(id) from audit_revision", Long.class);
        jdbc.update("insert into audit_revision (changed_at, username) values (current_timestamp, 'after-restore')");
        assertThat(jdbc.queryForObject("select id from audit_revision where username = 'after-restore'", Long.class))
                .isGreaterThan(maxRevision);
    }

    @Test
    void theCommandRefusesAnInstanceThatHasUsers() throws Exception {
        Path archive = folder.resolve("second.zip");
        source.getBean(BackupService.class).backup(archive);
        // the source has users: it is not empty
        assertThatThrownBy(() -> source.getBean(BackupService.class).restore(archive, true, line -> {}))
                .hasMessageContaining("empty instance");
        assertThatThrownBy(() -> source.getBean(BackupService.class).restore(folder.resolve("missing.zip"), true, line -> {}))
                .isInstanceOf(RuntimeException.class);
    }
}
