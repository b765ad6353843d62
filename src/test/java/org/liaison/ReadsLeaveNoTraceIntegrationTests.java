package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No state change on GET (checklist item 5), and refused writes change nothing (items 2 and 5):
 * for every endpoint of the authorization matrix (Spring MVC's handler mappings, so every module)
 * and every actor, a fingerprint of every table (row count and a hash of the rows; the untracked
 * tables are listed in {@link Sweeps#UNTRACKED_TABLES}) is taken once the sample records exist and
 * the application is quiet, the request is made, and the fingerprint taken again.
 * <ul>
 * <li>every GET, HEAD and method-less mapping, for each of the five actors: nothing changes;</li>
 * <li>every write the matrix expects to be refused (401, 403, 404) — a partner against every record
 * of another organization, a committee member or manager beyond their role, an anonymous caller:
 * nothing changes.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@Tag("slow-sweep") // tens of minutes: runs with -Psweeps, not in the default build
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadsLeaveNoTraceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    AuthorizationMatrixIntegrationTests matrix;

    @BeforeAll
    void setUp() {
        matrix = Sweeps.matrix(context);
    }

    @TestFactory
    Stream<DynamicTest> readsChangeNoTableForAnyActor() {
        var rows = Sweeps.rows().values().stream()
                .filter(r -> List.of("GET", "*").contains(r.endpoint().method()))
                .toList();
        assertThat(rows).hasSizeGreaterThan(100);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var changes = new LinkedHashMap<String, Object>();
            for (Actor actor : Actor.values()) {
                changes.putAll(change(row.endpoint(), "GET", row.body(), row.headers(), actor));
            }
            changes.putAll(change(row.endpoint(), "HEAD", row.body(), row.headers(), Actor.ADMIN));
            assertThat(changes).as("Tables a read of %s changed", row.endpoint()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> refusedWritesChangeNoTable() {
        var rows = Sweeps.rows().values().stream()
                .filter(r -> !List.of("GET", "*").contains(r.endpoint().method()))
                .toList();
        assertThat(rows).hasSizeGreaterThan(100);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var changes = new LinkedHashMap<String, Object>();
            for (Actor actor : Actor.values()) {
                int expected = row.expected().get(actor);
                if (expected == 401 || expected == 403 || expected == 404) {
                    changes.putAll(change(row.endpoint(), row.endpoint().method(), row.body(), row.headers(), actor));
                }
            }
            assertThat(changes).as("Tables a refused write of %s changed", row.endpoint()).isEmpty();
        }));
    }

    /** The tables one request changed, keyed by actor, method and table. */
    java.util.Map<String, Object> change(Endpoint endpoint, String method, String body, String headers, Actor actor)
            throws Exception {
        var request = matrix.prepare(new Endpoint(method, endpoint.path()), body, headers, actor, true);
        var before = Sweeps.settledFingerprint(dataSource);
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        var after = Sweeps.settledFingerprint(dataSource);
        var changes = new LinkedHashMap<String, Object>();
        Sweeps.differences(before, after).forEach((table, what) ->
                changes.put(actor.column() + " " + method + " (" + status + ") " + table, what));
        return changes;
    }
}
