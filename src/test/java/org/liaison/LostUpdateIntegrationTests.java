package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Item 16, lost updates: 50 writers read the same record, then all PUT their own change with the
 * ETag they read, at once, through the real HTTP stack (Tomcat on a random port, bearer tokens).
 * Exactly one wins (200); every other gets 409 (or 412); the record then holds the winner's body,
 * its version advanced by exactly one, and the audit trail has exactly one new revision of it. For
 * an organization (directory), an engagement and an agreement; and the page form with a stale
 * version field. {@code bench/mutation-lost-update.sh} runs this class with optimistic locking
 * removed, where it must fail.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LostUpdateIntegrationTests {

    static final int WRITERS = 50;
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    SignedIn signedIn;
    HttpClient http;

    @BeforeAll
    void client() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newFixedThreadPool(8)).build();
    }

    @AfterAll
    void close() {
        http.close();
    }

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "lost-update", UUID.randomUUID());
    }

    @Test
    void fiftyWritersOfOneOrganizationLoseNoUpdate() throws Exception {
        String id = create("/api/v1/organizations", organization("Race Org " + UUID.randomUUID(), null));
        race("/api/v1/organizations/" + id, "organization_aud", id,
                n -> organization("Race Org writer " + n + " " + UUID.randomUUID(), null),
                json -> json.get("names").get(0).get("text").asString());
    }

    @Test
    void fiftyWritersOfOneEngagementLoseNoUpdate() throws Exception {
        String org = create("/api/v1/organizations", organization("Race Partner " + UUID.randomUUID(), null));
        String id = create("/api/v1/engagements", engagement("Race meeting", org));
        race("/api/v1/engagements/" + id, "engagement_aud", id,
                n -> engagement("Race meeting by writer " + n + " " + UUID.randomUUID(), org),
                json -> json.get("title").asString());
    }

    @Test
    void fiftyWritersOfOneAgreementLoseNoUpdate() throws Exception {
        String hub = create("/api/v1/organizations", organization("Race Hub " + UUID.randomUUID(), null));
        String partner = create("/api/v1/organizations", organization("Race Party " + UUID.randomUUID(), null));
        String id = create("/api/v1/agreements", agreement("Race MoU", hub, partner));
        race("/api/v1/agreements/" + id, "agreement_aud", id,
                n -> agreement("Race MoU by writer " + n + " " + UUID.randomUUID(), hub, partner),
                json -> json.get("title").asString());
    }

    /** The organization's edit form, sent by many people at once with the version they opened. */
    @Test
    void staleFormsGetTheChangedBySomeoneElseMessage() throws Exception {
        String id = create("/api/v1/organizations", organization("Race Form " + UUID.randomUUID(), null));
        var read = get("/api/v1/organizations/" + id);
        long version = JSON.readTree(read.body()).get("version").asLong();
        var session = signedIn.session(Actor.MANAGER);
        int writers = 20;
        List<Callable<Integer>> posts = new ArrayList<>();
        List<String> bodies = new ArrayList<>(java.util.Collections.nCopies(writers, ""));
        for (int n = 0; n < writers; n++) {
            int writer = n;
            posts.add(() -> {
                var result = mvc.perform(post("/directory/organizations/" + id).session(session).with(csrf())
                        .param("kind", "CORPORATION").param("names[0].text", "Race Form writer " + writer)
                        .param("names[0].lang", "en").param("primary", "0").param("country", "JP")
                        .param("version", Long.toString(version))).andReturn();
                bodies.set(writer, result.getResponse().getContentAsString());
                return result.getResponse().getStatus();
            });
        }
        List<Integer> statuses = Races.all(posts);

        assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(writers - 1);
        int winner = statuses.indexOf(302);
        for (int n = 0; n < writers; n++) {
            if (n != winner) {
                assertThat(bodies.get(n)).contains("Someone else changed this record after you opened it")
                        .contains("value=\"Race Form writer " + n + "\"")
                        .contains("name=\"version\" value=\"" + (version + 1) + "\"");
            }
        }
        var after = JSON.readTree(get("/api/v1/organizations/" + id).body());
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("names").get(0).get("text").asString()).isEqualTo("Race Form writer " + winner);
    }

    private void race(String path, String auditTable, String id, IntFunction<String> bodyOf,
            java.util.function.Function<JsonNode, String> changedValue) throws Exception {
        var read = get(path);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        long version = JSON.readTree(read.body()).get("version").asLong();
        long revisionsBefore = revisions(auditTable, id);

        List<String> bodies = new ArrayList<>();
        List<Callable<Integer>> writes = new ArrayList<>();
        for (int n = 0; n < WRITERS; n++) {
            String body = bodyOf.apply(n);
            bodies.add(body);
            writes.add(() -> http.send(request(path).header("If-Match", etag).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
        }
        List<Integer> statuses = Races.all(writes);

        assertThat(statuses).as("statuses of %d writers", WRITERS).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409 || s == 412).hasSize(WRITERS - 1);
        var winner = JSON.readTree(bodies.get(statuses.indexOf(200)));
        var after = get(path);
        var state = JSON.readTree(after.body());
        assertThat(changedValue.apply(state)).isEqualTo(winner.has("names")
                ? winner.get("names").get(0).get("text").asString() : winner.get("title").asString());
        assertThat(state.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(revisions(auditTable, id)).isEqualTo(revisionsBefore + 1);
    }

    private long revisions(String table, String id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, UUID.fromString(id));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER)).header("Accept", "application/json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String create(String path, String body) throws Exception {
        var response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    static String organization(String name, String website) {
        return JSON.writeValueAsString(website == null
                ? Map.of("kind", "corporation", "country", "JP",
                        "names", List.of(Map.of("text", name, "lang", "en", "primary", true)))
                : Map.of("kind", "corporation", "country", "JP", "website", website,
                        "names", List.of(Map.of("text", name, "lang", "en", "primary", true))));
    }

    static String engagement(String title, String organization) {
        return JSON.writeValueAsString(Map.of("kind", "MEETING", "title", title, "start", "2031-01-01T10:00:00",
                "timeZone", "Asia/Tokyo", "participants", List.of(Map.of("organization", organization, "side", "PARTNER"))));
    }

    static String agreement(String title, String hub, String partner) {
        return JSON.writeValueAsString(Map.of("kind", "MEMORANDUM_OF_UNDERSTANDING", "title", title,
                "parties", List.of(Map.of("organizationId", hub, "role", "hub"), Map.of("organizationId", partner, "role", "partner"))));
    }
}
