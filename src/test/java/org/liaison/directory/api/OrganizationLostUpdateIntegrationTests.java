package org.liaison.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.directory.api.ApiFixtures.name;
import static org.liaison.directory.api.ApiFixtures.organization;
import static org.liaison.directory.api.ApiFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lost update: 50 clients read version 0 and PUT their change at the same moment with
 * {@code If-Match: "0"}. Exactly one wins; every other one is told 409, and the record holds the
 * winner's change.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationLostUpdateIntegrationTests {

    static final int CLIENTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokenService tokens;

    @Test
    void fiftyConcurrentPutsWithOneIfMatchHaveExactlyOneWinner() throws Exception {
        var api = new ApiClient(port, new ApiUsers(users, tokens).staff(Role.COOPERATION_MANAGER));
        var created = api.post("/api/v1/organizations", organization(unique("Contested"))).expect(201);
        var id = created.json().path("id").asString();
        var etag = created.etag();
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<ApiClient.Response>>();

        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                var body = organization("corporation", "JP", name("Writer " + i, "en", true));
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.put("/api/v1/organizations/" + id, body, "If-Match", etag);
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        List<ApiClient.Response> responses = new ArrayList<>();
        for (var answer : answers) {
            responses.add(answer.get());
        }
        var winners = responses.stream().filter(r -> r.status() == 200).toList();
        var losers = responses.stream().filter(r -> r.status() != 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(losers).hasSize(CLIENTS - 1).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().path("code").asString()).isIn("stale-version", "concurrent-update");
        });
        var winner = winners.get(0).json().path("names").get(0).path("text").asString();
        var stored = api.get("/api/v1/organizations/" + id).expect(200);
        assertThat(stored.etag()).isNotEqualTo(etag).isEqualTo(winners.get(0).etag());
        assertThat(stored.json().path("names").get(0).path("text").asString()).isEqualTo(winner);
    }
}
