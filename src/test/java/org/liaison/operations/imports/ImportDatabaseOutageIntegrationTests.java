package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryImports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away for a moment in the middle of an import (the application runs on an H2
 * TCP server this test stops and starts again at once, as when PostgreSQL is killed and restarted):
 * the batch being written rolls back, the job pauses instead of failing (before the fix, its
 * failure was recorded as soon as the database answered again, and a failed job waits for a user),
 * the resume check takes it over, and at the end the records equal the ledger: one ledger row per
 * file row, all in committed batches, one organization per "new" row, no row twice.
 */
@SpringBootTest(properties = {"liaison.imports.batch-size=25", "liaison.imports.stale-after=PT2S",
        "liaison.imports.resume-at-start=false"})
// not tagged "persistence": it stops an H2 TCP server under the application, so it runs on H2 only
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportDatabaseOutageIntegrationTests {

    static Path folder;
    static int databasePort;
    static Server database;

    @Autowired
    ImportService imports;
    @Autowired
    ImportRunner runner;
    @Autowired
    ImportLedger ledger;
    @Autowired
    DirectoryImports directoryImports;

    static Server startDatabase() throws Exception {
        return Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists", "-baseDir",
                folder.toString()).start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        folder = Files.createTempDirectory("liaison-import-outage");
        try (var socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = startDatabase();
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + databasePort + "/imports");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("liaison.data-dir", () -> folder.resolve("data").toString());
    }

    @AfterAll
    void stopDatabase() {
        database.stop();
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("import-outage-test"), work);
    }

    @Test
    void aBatchCutOffByTheDatabaseGoingAwayPausesTheJobWhichResumesAndEndsWithRecordsEqualToTheLedger()
            throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        int rows = 1500;
        var csv = new StringBuilder("Organization,Country,Person,Role\n");
        for (int i = 1; i <= rows; i++) {
            // every 10th row names the previous row's organization again (a duplicate, not a new one)
            int org = i % 10 == 0 ? i - 1 : i;
            csv.append("Outage Org ").append(s).append(' ').append(org).append(",JP,Outage Person ").append(s).append(' ')
                    .append(i).append(",Director\n");
        }
        int organizationsBefore = asSystem(() -> directoryImports.organizations().size());
        var job = asSystem(() -> imports.upload("outage.csv", csv.toString().getBytes(StandardCharsets.UTF_8))).job();
        asSystem(() -> imports.start(job.id()));
        await().atMost(Duration.ofMinutes(2)).until(() -> ledger.find(job.id()).orElseThrow().rowsDone() >= 100);

        // Cut the database off under the running import and bring it back at once, until the import
        // thread has met the outage (a cut between two statements of nobody may go unnoticed).
        int pausesBefore = runner.databasePauses();
        for (int attempt = 0; attempt < 5 && runner.databasePauses() == pausesBefore; attempt++) {
            database.stop();
            database = startDatabase();
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> runner.databasePauses() > pausesBefore);
            } catch (org.awaitility.core.ConditionTimeoutException notYet) {
                // the import had not touched the database during that cut: cut again
            }
        }
        assertThat(runner.databasePauses()).as("the import thread met the outage").isGreaterThan(pausesBefore);
        // the pool may still hand out a connection the stop closed: read until a live one answers
        var paused = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> ledger.find(job.id()).orElseThrow(), j -> true);
        assertThat(paused.status()).as("a job cut off by the database is paused, not failed").isEqualTo("running");
        assertThat(paused.failure()).isNull();
        assertThat(paused.rowsDone()).isLessThan(rows);

        // The resume check (timed in production; called here, timers are off in tests) takes it over.
        var finished = await().atMost(Duration.ofMinutes(3)).ignoreExceptions().until(() -> {
            runner.resumeStale();
            return ledger.find(job.id()).orElseThrow();
        }, j -> !j.status().equals("running") && !j.status().equals("queued"));
        assertThat(finished.status()).isEqualTo("done");
        assertThat(finished.failure()).isNull();

        int expectedOrganizations = rows - rows / 10;
        var totals = ledger.totals(job.id());
        assertThat(totals.rows()).isEqualTo(rows);
        assertThat(totals.rowsInBatches()).isEqualTo(rows);
        assertThat(totals.rowsBeyondLastBatch()).isZero();
        assertThat(totals.created()).isEqualTo(expectedOrganizations);
        assertThat(finished.rowsDone()).isEqualTo(rows);
        assertThat(finished.counts().created()).isEqualTo(expectedOrganizations);
        assertThat(finished.counts().people()).isEqualTo(rows);
        assertThat(asSystem(() -> directoryImports.organizations().size()))
                .isEqualTo(organizationsBefore + expectedOrganizations);
    }
}
