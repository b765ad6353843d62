package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.support.ApplicationProcess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RELIABILITY item 22, index-kill and index-rebuild: the application as its own JVM on a file H2
 * database with a filesystem Lucene index under its data dir. A few thousand organizations and
 * some people are written with SQL, the index is rebuilt, canned searches (Latin, Cyrillic and
 * Japanese names, and a partner's search that the access rule filters) record their ids; two
 * organizations are merged away and two people erased through the API; a second rebuild is
 * killed with SIGKILL half-way (the index then is purged and half full). The restarted node
 * finds the rebuild's marker, rebuilds, and the canned searches return exactly the ids they did
 * before the kill, the merged organizations and erased people never come back, and each index
 * holds exactly the ids of the database's rows.
 */
class SearchIndexKillIntegrationTests {

    static final int ROWS = Integer.getInteger("liaison.kill.search-rows", 3000);
    static final int PEOPLE = 300;
    static final String TOKEN = "search-kill-token-" + UUID.randomUUID();
    static final String PARTNER_TOKEN = "search-kill-partner-" + UUID.randomUUID();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();
    ApplicationProcess app;

    @TempDir
    Path dataDir;

    @BeforeEach
    void prepare() {
        app = new ApplicationProcess(dataDir, TOKEN, "--spring.datasource.url=" + jdbcUrl(),
                // small batches on one thread: the rebuild takes long enough to be caught half-way
                "--liaison.search.batch-size=10", "--liaison.search.load-threads=1",
                "--logging.level.org.liaison.directory.search=INFO");
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.killIfAlive();
    }

    @Test
    void aRebuildKilledHalfWayIsRedoneAtStartAndTheSearchesFindWhatTheyFoundBefore() throws Exception {
        long t0 = System.nanoTime();
        app.start();
        var canned = insertRows();
        long firstRebuild = System.nanoTime();
        rebuildAndWait();
        long rebuildMillis = (System.nanoTime() - firstRebuild) / 1_000_000;

        Map<String, Set<UUID>> before = cannedQueries();
        before.forEach((query, ids) -> assertThat(ids).as(query).isNotEmpty());
        assertThat(before.get("partner: Kill Shared")).containsAll(canned.sharedWithPartner())
                .doesNotContainAnyElementsOf(canned.hiddenFromPartner());

        // delete through the API: two organizations merged away, two people erased
        var merged = List.of(canned.alpha().get(0), canned.alpha().get(1));
        send(HttpRequest.newBuilder(api("/api/v1/organizations/" + merged.get(0) + "/merge"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"into\": \"" + canned.alpha().get(5) + "\", \"version\": 0, \"intoVersion\": 0}")), TOKEN, 200);
        send(HttpRequest.newBuilder(api("/api/v1/organizations/" + merged.get(1) + "/merge"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"into\": \"" + canned.alpha().get(4) + "\", \"version\": 0, \"intoVersion\": 0}")), TOKEN, 200);
        var erased = List.of(canned.people().get(0), canned.people().get(1));
        for (var person : erased) {
            send(HttpRequest.newBuilder(api("/api/v1/admin/personal-data/" + person)).DELETE(), TOKEN, 204);
        }
        var expected = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(this::cannedQueries, now -> !now.get("Kill Alpha").contains(merged.get(0))
                        && !now.get("Kill Alpha").contains(merged.get(1)));
        var alphaLeft = new TreeSet<>(before.get("Kill Alpha"));
        alphaLeft.removeAll(merged);
        assertThat(expected.get("Kill Alpha")).isEqualTo(alphaLeft);

        // a second rebuild, killed half-way
        send(HttpRequest.newBuilder(api("/api/v1/admin/search/reindex")).POST(HttpRequest.BodyPublishers.noBody()),
                TOKEN, 202);
        var atKill = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(this::status, s -> s.get("done").asLong() >= s.get("total").asLong() / 3
                        || !s.get("state").asString().equals("running"));
        assertThat(atKill.get("state").asString()).as("caught the rebuild running: %s", atKill).isEqualTo("running");
        assertThat(dataDir.resolve("index").resolve(SearchIndexes.MARKER)).exists();
        app.kill(); // SIGKILL: no shutdown hook, the mass indexer stops where it is
        long doneAtKill = atKill.get("done").asLong();
        long totalAtKill = atKill.get("total").asLong();
        assertThat(doneAtKill).isLessThan(totalAtKill);

        long restart = System.nanoTime();
        app.start();
        // the start finds the marker and rebuilds
        var recovered = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(this::status, s -> s.get("state").asString().equals("done") && !s.get("rebuilding").asBoolean());
        long recoveryMillis = (System.nanoTime() - restart) / 1_000_000;
        for (var index : recovered.get("indexes")) {
            assertThat(index.get("indexed").asLong()).as(index.toString()).isEqualTo(index.get("database").asLong());
        }
        assertThat(dataDir.resolve("index").resolve(SearchIndexes.MARKER)).doesNotExist();

        var after = cannedQueries();
        assertThat(after).isEqualTo(expected);
        assertThat(after.get("Kill Alpha")).doesNotContainAnyElementsOf(merged);
        assertThat(after.get("partner: Kill Shared")).doesNotContainAnyElementsOf(canned.hiddenFromPartner());

        app.stop();
        // every index holds exactly the ids of the database's rows: erased people never come back
        try (var db = connect()) {
            var people = ids(db, "select id from person");
            assertThat(people).doesNotContainAnyElementsOf(erased).hasSize(PEOPLE - erased.size());
            assertThat(indexedIds("person")).isEqualTo(people);
            assertThat(indexedIds("organization")).isEqualTo(ids(db, "select id from organization"));
        }
        System.out.printf("index-kill: %d organizations, %d people; a rebuild took %d ms; killed at %d of %d documents;"
                + " restart with rebuild until in step %d ms; whole test %d s%n", ROWS + canned.count(), PEOPLE,
                rebuildMillis, doneAtKill, totalAtKill, recoveryMillis, (System.nanoTime() - t0) / 1_000_000_000);
    }

    record Canned(List<UUID> alpha, List<UUID> sharedWithPartner, List<UUID> hiddenFromPartner, List<UUID> people,
            int count) {}

    /** The searches whose ids must survive: the administrator's, and a partner's filtered by the access rule. */
    Map<String, Set<UUID>> cannedQueries() throws Exception {
        var result = new LinkedHashMap<String, Set<UUID>>();
        for (String q : List.of("Kill Alpha", "Сколково Килл", "北海道テクノ")) {
            result.put(q, search(q, TOKEN));
        }
        result.put("partner: Kill Shared", search("Kill Shared", PARTNER_TOKEN));
        return result;
    }

    Set<UUID> search(String q, String token) throws Exception {
        var page = send(HttpRequest.newBuilder(api("/api/v1/organizations?size=100&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET(), token, 200);
        assertThat(page.get("total").asLong()).as("%s finds all its hits on one page", q).isLessThanOrEqualTo(100);
        var ids = new TreeSet<UUID>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }

    void rebuildAndWait() throws Exception {
        send(HttpRequest.newBuilder(api("/api/v1/admin/search/reindex")).POST(HttpRequest.BodyPublishers.noBody()),
                TOKEN, 202);
        var done = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(this::status, s -> !s.get("rebuilding").asBoolean());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("done");
    }

    JsonNode status() throws Exception {
        return send(HttpRequest.newBuilder(api("/api/v1/admin/search/reindex")).GET(), TOKEN, 200);
    }

    /** Rows written with SQL while the application runs (H2's automatic mixed mode), as a bulk load would. */
    Canned insertRows() throws Exception {
        var now = Timestamp.from(Instant.now());
        var alpha = new ArrayList<UUID>();
        var shared = new ArrayList<UUID>();
        var hidden = new ArrayList<UUID>();
        var people = new ArrayList<UUID>();
        UUID partnerOrg = UUID.randomUUID();
        try (var db = connect()) {
            db.setAutoCommit(false);
            try (var org = db.prepareStatement("insert into organization (id, version, kind, country,"
                    + " owner_organization_id, visibility, shared_with, created_at, updated_at)"
                    + " values (?, 0, 'OTHER', ?, ?, ?, ?, ?, ?)");
                    var name = db.prepareStatement("insert into organization_name (organization_id, position, text,"
                            + " lang, is_primary, is_alias) values (?, 0, ?, ?, true, false)")) {
                java.util.function.Consumer<Object[]> add = row -> {
                    try {
                        UUID id = (UUID) row[0];
                        org.setObject(1, id);
                        org.setString(2, (String) row[1]);
                        org.setObject(3, row[5] == null ? id : row[5]);
                        org.setString(4, (String) row[4]);
                        org.setString(5, row[6] == null ? "" : row[6].toString());
                        org.setTimestamp(6, now);
                        org.setTimestamp(7, now);
                        org.addBatch();
                        name.setObject(1, id);
                        name.setString(2, (String) row[2]);
                        name.setString(3, (String) row[3]);
                        name.addBatch();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
                String[] countries = { "JP", "CN", "RU", "KR" };
                for (int i = 0; i < ROWS; i++) {
                    add.accept(new Object[] { UUID.randomUUID(), countries[i % 4], "Bulk Org " + i, "en", "INTERNAL",
                            null, null });
                    if (i % 500 == 499) {
                        org.executeBatch();
                        name.executeBatch();
                    }
                }
                for (int i = 1; i <= 6; i++) {
                    var id = UUID.randomUUID();
                    alpha.add(id);
                    add.accept(new Object[] { id, "RU", "Kill Alpha Technopark " + i, "en", "INTERNAL", null, null });
                }
                for (int i = 1; i <= 4; i++) {
                    add.accept(new Object[] { UUID.randomUUID(), "RU", "Сколково Килл " + i, "ru", "INTERNAL", null, null });
                    add.accept(new Object[] { UUID.randomUUID(), "JP", "北海道テクノ " + i, "ja", "INTERNAL", null, null });
                }
                add.accept(new Object[] { partnerOrg, "CN", "Kill Partner Organization", "en", "INTERNAL", null, null });
                for (int i = 1; i <= 3; i++) {
                    var visible = UUID.randomUUID();
                    shared.add(visible);
                    add.accept(new Object[] { visible, "CN", "Kill Shared " + i, "en", "SHARED", null, partnerOrg });
                    var invisible = UUID.randomUUID();
                    hidden.add(invisible);
                    add.accept(new Object[] { invisible, "CN", "Kill Shared Hidden " + i, "en", "INTERNAL", null, null });
                }
                org.executeBatch();
                name.executeBatch();
            }
            try (var person = db.prepareStatement("insert into person (id, version, owner_organization_id, visibility,"
                    + " shared_with, created_at, updated_at) values (?, 0, null, 'INTERNAL', '', ?, ?)");
                    var name = db.prepareStatement("insert into person_name (person_id, position, text, lang,"
                            + " is_primary, is_alias) values (?, 0, ?, 'en', true, false)")) {
                for (int i = 0; i < PEOPLE; i++) {
                    var id = UUID.randomUUID();
                    people.add(id);
                    person.setObject(1, id);
                    person.setTimestamp(2, now);
                    person.setTimestamp(3, now);
                    person.addBatch();
                    name.setObject(1, id);
                    name.setString(2, "Kill Person " + i);
                    name.addBatch();
                }
                person.executeBatch();
                name.executeBatch();
            }
            // a partner user of partnerOrg with an API token (only the token's SHA-256 is stored)
            var account = UUID.randomUUID();
            try (var user = db.prepareStatement("insert into user_account (id, version, username, username_key,"
                    + " display_name, password_hash, organization_id, enabled, password_changed_at, created_at,"
                    + " updated_at) values (?, 0, 'kill-partner', 'kill-partner', 'Kill partner', '!', ?, true, ?, ?, ?)");
                    var role = db.prepareStatement("insert into user_account_role (account_id, role) values (?, 'PARTNER')");
                    var token = db.prepareStatement("insert into api_token (id, version, account_id, name, token_hash,"
                            + " created_at) values (?, 0, ?, 'kill test', ?, ?)")) {
                user.setObject(1, account);
                user.setObject(2, partnerOrg);
                user.setTimestamp(3, now);
                user.setTimestamp(4, now);
                user.setTimestamp(5, now);
                user.executeUpdate();
                role.setObject(1, account);
                role.executeUpdate();
                token.setObject(1, UUID.randomUUID());
                token.setObject(2, account);
                token.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(PARTNER_TOKEN.getBytes(StandardCharsets.UTF_8))));
                token.setTimestamp(4, now);
                token.executeUpdate();
            }
            db.commit();
        }
        return new Canned(alpha, shared, hidden, people, 6 + 8 + 1 + 6);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "sa", "");
    }

    String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("db/liaison") + ";MODE=Regular;AUTO_SERVER=TRUE";
    }

    static Set<UUID> ids(Connection db, String sql) throws SQLException {
        var ids = new HashSet<UUID>();
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** The ids of the documents in one index, read with Lucene itself after the application stopped. */
    Set<UUID> indexedIds(String index) throws IOException {
        var ids = new HashSet<UUID>();
        try (var directory = FSDirectory.open(dataDir.resolve("index").resolve(index));
                var reader = DirectoryReader.open(directory)) {
            // Hibernate Search indexes each document's id as the term of its "__HSEARCH_id" field
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms("__HSEARCH_id");
                if (terms == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                var term = terms.iterator();
                for (var id = term.next(); id != null; id = term.next()) {
                    var postings = term.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                            doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            ids.add(UUID.fromString(id.utf8ToString()));
                            break;
                        }
                    }
                }
            }
        }
        return ids;
    }

    URI api(String path) {
        return app.uri(path);
    }

    JsonNode send(HttpRequest.Builder request, String token, int expected) throws Exception {
        var response = http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
