package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Found by the load run (bench/load.sh): API clients sharing one token got 500 when the token's
 * last use was due to be written again, because each request saved the versioned token and all but
 * one failed with an optimistic-locking conflict. The use is now a bulk update without a version.
 */
@SpringBootTest
@Tag("persistence")
class ApiTokenConcurrentUseIntegrationTests {

    static final int CLIENTS = 16;

    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void requestsUsingOneTokenAtOnceAllAuthenticateAndTheUseIsNoted() throws Exception {
        var user = users.create(NewUser.staff("token-race-" + UUID.randomUUID().toString().substring(0, 8),
                "Token race", "token-race-" + UUID.randomUUID(), Role.COOPERATION_MANAGER));
        var issued = tokens.issue(user.id(), "concurrent clients", null);
        UUID id = issued.token().id();
        long version = version(id);

        // first use: last_used_at is unset, every request wants to write it
        assertThat(authenticateAtOnce(issued.secret())).hasSize(CLIENTS).allMatch(Optional::isPresent);
        Instant first = lastUsed(id);
        assertThat(first).isNotNull();

        // a use noted two minutes ago is due again
        jdbc.update("update api_token set last_used_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(2, ChronoUnit.MINUTES)), id);
        assertThat(authenticateAtOnce(issued.secret())).hasSize(CLIENTS).allMatch(Optional::isPresent);
        assertThat(lastUsed(id)).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));

        // noting a use is not an edit of the token
        assertThat(version(id)).isEqualTo(version);
    }

    private List<Optional<ApiTokenService.AuthenticatedToken>> authenticateAtOnce(String secret) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var ready = new CountDownLatch(CLIENTS);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<Optional<ApiTokenService.AuthenticatedToken>>>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return tokens.authenticate(secret);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            var results = new ArrayList<Optional<ApiTokenService.AuthenticatedToken>>();
            for (var future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS)); // an exception in a client fails the test here
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long version(UUID id) {
        return jdbc.queryForObject("select version from api_token where id = ?", Long.class, id);
    }

    private Instant lastUsed(UUID id) {
        var at = jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, id);
        return at == null ? null : at.toInstant();
    }
}
