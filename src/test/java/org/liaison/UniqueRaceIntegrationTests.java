package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Item 17, unique races: 50 parallel creates of the same record make exactly one row; every other
 * caller gets a clear answer (the existing record, or a 4xx problem naming what exists, with no SQL
 * or constraint name in it) and never a 500. Through the real HTTP stack where an endpoint creates
 * the record; user accounts have no creating endpoint (they are made by the administrator's command
 * and the facade), so those go through the facade from 50 threads.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniqueRaceIntegrationTests {

    static final int CALLERS = 50;
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementCommands engagements;
    @Autowired
    ForumEvents events;
    @Autowired
    ForumRegistrations registrations;
    @LocalServerPort
    int port;

    SignedIn signedIn;
    HttpClient http;

    record Answer(int status, JsonNode body) {
        String code() {
            return body.has("code") ? body.get("code").asString() : "";
        }
    }

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
        signedIn = new SignedIn(mvc, accounts, tokens, "unique-race", UUID.randomUUID());
    }

    @Test
    void fiftyAccountsWithOneUsernameMakeOneAccount() throws Exception {
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> outcomes = Races.all(Races.times(CALLERS, n -> () -> {
            try {
                accounts.create(NewUser.staff(n % 2 == 0 ? username : username.toUpperCase(), "Race " + n,
                        "a long race passphrase " + n, Role.COOPERATION_MANAGER));
                return "created";
            } catch (RuleViolationException e) {
                return e.code();
            }
        }));

        assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("username-taken"::equals).hasSize(CALLERS - 1);
        assertThat(jdbc.queryForObject("select count(*) from user_account where username_key = ?", Long.class, username))
                .isEqualTo(1);
    }

    @Test
    void fiftySubscriptionsToOneCountryMakeOneAndAllGetIt() throws Exception {
        var answers = race("/api/v1/me/subscriptions", n -> "{\"kind\": \"COUNTRY\", \"target\": \"" + (n % 2 == 0 ? "NO" : "no") + "\"}");

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(CALLERS - 1);
        assertThat(answers).extracting(a -> a.body().get("id").asString()).containsOnly(answers.get(0).body().get("id").asString());
        var user = signedIn.user(Actor.MANAGER).id();
        assertThat(jdbc.queryForObject("select count(*) from news_subscription where user_id = ? and kind = 'COUNTRY' and target = 'NO'",
                Long.class, user)).isEqualTo(1);
    }

    @Test
    void fiftyRatesForOnePairAndDayKeepOne() throws Exception {
        // A day no other test uses: from a random number of days into the future.
        var day = LocalDate.of(2040, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 20_000));
        var answers = race("/api/v1/funds/rates",
                n -> "{\"base\": \"EUR\", \"quote\": \"CNY\", \"date\": \"" + day + "\", \"rate\": \"7." + (10 + n) + "\"}");

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 422 && a.code().equals("rate-exists")).hasSize(CALLERS - 1);
        assertThat(jdbc.queryForObject("select count(*) from fx_rate where base_currency = 'EUR' and quote_currency = 'CNY' and rate_date = ?",
                Long.class, day)).isEqualTo(1);
        assertNoInternals(answers);
    }

    @Test
    void fiftyRegistrationsOfOnePersonForOneForumEventMakeOne() throws Exception {
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        UUID event = fixtures.event("Race forum").id();
        String organization = create("/api/v1/organizations", "{\"kind\": \"corporation\", \"country\": \"FI\", \"names\": "
                + "[{\"text\": \"Race Forum Oy " + UUID.randomUUID() + "\", \"lang\": \"en\", \"primary\": true}]}");
        String person = create("/api/v1/people", "{\"names\": [{\"text\": \"Race Person\", \"lang\": \"en\", \"primary\": true}]}");
        var answers = race("/api/v1/forum/events/" + event + "/participants", n -> "{\"organizationId\": \"" + organization
                + "\", \"personId\": \"" + person + "\", \"type\": \"COMPANY\"}");

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409 && a.code().equals("already-exists")).hasSize(CALLERS - 1);
        assertThat(jdbc.queryForObject("select count(*) from forum_participant where event_id = ? and person_id = ?",
                Long.class, event, UUID.fromString(person))).isEqualTo(1);
        assertNoInternals(answers);

        var again = post("/api/v1/forum/events/" + event + "/participants", "{\"organizationId\": \"" + organization
                + "\", \"personId\": \"" + person + "\", \"type\": \"COMPANY\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    /** Problem bodies say what exists in words: no SQL, constraint, table or exception names. */
    private static void assertNoInternals(List<Answer> answers) {
        for (var a : answers) {
            if (a.status() >= 400) {
                assertThat(a.body().toString().toLowerCase()).doesNotContain("constraint", "insert", "select", "sql",
                        "exception", "forum_participant", "fx_rate", "unique");
            }
        }
    }

    private List<Answer> race(String path, java.util.function.IntFunction<String> bodyOf) throws Exception {
        List<Answer> answers = Races.all(Races.times(CALLERS, n -> () -> post(path, bodyOf.apply(n))));
        assertThat(answers).extracting(Answer::status).allMatch(s -> s < 500);
        return answers;
    }

    private Answer post(String path, String body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    private String create(String path, String body) throws Exception {
        var answer = post(path, body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().get("id").asString();
    }

}
