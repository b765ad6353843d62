package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.support.ApplicationProcess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as a separate JVM on a file H2 database, killed with SIGKILL (kill -9) three
 * times in the middle of an import, restarted each time: the import resumes by itself after its
 * last committed batch. At the end the records equal the ledger: as many organizations and people
 * as the ledger says were created, one ledger row per file row, every ledger row inside a
 * committed batch (no partial batch), no organization written twice.
 */
class ImportKillIntegrationTests {

    static final int ROWS = 800;
    static final int KILLS = 3;
    static final String TOKEN = "kill-test-token-" + UUID.randomUUID();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();
    ApplicationProcess app;

    @TempDir
    Path dataDir;

    @BeforeEach
    void prepare() {
        app = new ApplicationProcess(dataDir, TOKEN, "--liaison.imports.batch-size=50",
                "--liaison.imports.stale-after=PT1S", "--liaison.imports.resume-interval=PT5S",
                "--logging.level.org.liaison.operations.imports=INFO");
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.killIfAlive();
    }

    @Test
    void killedImportsResumeAndTheRecordsEqualTheLedger() throws Exception {
        var csv = new StringBuilder("Organization,Country,Person,Role,Website\n");
        int bad = 0;
        int duplicates = 0;
        var created = new java.util.HashSet<String>();
        for (int i = 1; i <= ROWS; i++) {
            if (i % 97 == 0) {
                csv.append("Kill Org ").append(i).append(",Atlantis,,,\n");
                bad++;
            } else if (i % 10 == 0) {
                // names the previous row's organization: a duplicate, unless that row was bad (679),
                // in which case this row creates it
                csv.append("Kill Org ").append(i - 1).append(",JP,Kill Person ").append(i).append(",Adviser,\n");
                if (!created.add("Kill Org " + (i - 1))) {
                    duplicates++;
                }
            } else {
                csv.append("Kill Org ").append(i).append(",JP,Kill Person ").append(i).append(",Director,kill-")
                        .append(i).append(".example\n");
                created.add("Kill Org " + i);
            }
        }
        int organizations = created.size();
        int people = ROWS - bad;

        app.start();
        UUID job = upload(csv.toString().getBytes(StandardCharsets.UTF_8));
        send(HttpRequest.newBuilder(api("/api/v1/imports/" + job + "/start")).POST(HttpRequest.BodyPublishers.noBody()),
                202);
        int killedAt = 0;
        var killPoints = new ArrayList<Integer>();
        for (int k = 1; k <= KILLS; k++) {
            int beyond = killedAt + ROWS / (KILLS + 2);
            var progress = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> get(job), j -> j.get("rowsDone").asInt() >= beyond
                            || j.get("status").asString().equals("done"));
            assertThat(progress.get("status").asString()).as("still running before kill %d", k).isEqualTo("running");
            app.kill(); // SIGKILL: no shutdown hook, no last commit
            killedAt = progress.get("rowsDone").asInt();
            killPoints.add(killedAt);
            app.start();
        }
        var done = await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> get(job), j -> j.get("status").asString().equals("done")
                        || j.get("status").asString().equals("failed"));
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(killPoints).hasSize(KILLS).isSorted();
        app.stop();

        try (var db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/liaison") + ";MODE=Regular", "sa", "");
                var st = db.createStatement()) {
            java.util.function.Function<String, Long> count = sql -> {
                try (var rs = st.executeQuery(sql)) {
                    rs.next();
                    return rs.getLong(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            String id = "'" + job + "'";
            long ledgerRows = count.apply("select count(*) from import_row where job_id = " + id);
            long ledgerNew = count.apply("select count(*) from import_row where job_id = " + id + " and outcome = 'new'");
            long inBatches = count.apply("select coalesce(sum(row_count), 0) from import_batch where job_id = " + id);
            long outside = count.apply("select count(*) from import_row r where job_id = " + id + " and not exists "
                    + "(select 1 from import_batch b where b.job_id = r.job_id and b.batch_no = r.batch_no "
                    + "and r.row_no between b.first_row and b.last_row)");
            long orgs = count.apply("select count(*) from organization_name where text like 'Kill Org %' and is_alias = false");
            long distinctOrgs = count.apply("select count(distinct text) from organization_name where text like 'Kill Org %'");
            long persons = count.apply("select count(*) from person_name where text like 'Kill Person %'");
            long affiliations = count.apply("select count(*) from affiliation");
            long ledgerPeople = count.apply("select people_count from import_job where id = " + id);
            assertThat(ledgerRows).isEqualTo(ROWS).isEqualTo(inBatches);
            assertThat(outside).isZero();
            assertThat(orgs).isEqualTo(ledgerNew).isEqualTo(distinctOrgs).isEqualTo(organizations);
            assertThat(persons).isEqualTo(ledgerPeople).isEqualTo(people);
            assertThat(affiliations).isEqualTo(people);
            assertThat(done.get("counts").get("bad").asInt()).isEqualTo(bad);
            assertThat(done.get("counts").get("duplicates").asInt()).isEqualTo(duplicates);
        }
    }

    URI api(String path) {
        return app.uri(path);
    }

    JsonNode get(UUID job) throws Exception {
        return send(HttpRequest.newBuilder(api("/api/v1/imports/" + job)).GET(), 200);
    }

    JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
        var response = http.send(request.header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return json.readTree(response.body());
    }

    UUID upload(byte[] file) throws Exception {
        String boundary = "liaison-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kill.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var answer = send(HttpRequest.newBuilder(api("/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 201);
        return UUID.fromString(answer.get("job").get("id").asString());
    }
}
