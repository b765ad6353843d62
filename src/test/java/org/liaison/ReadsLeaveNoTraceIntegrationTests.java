package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.AuthorizationMatrixIntegrationTests.Row;
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
 * the application is quiet, the requests are made, and the fingerprint taken again.
 * <ul>
 * <li>every GET, HEAD and method-less mapping, for each of the five actors: nothing changes;</li>
 * <li>every write the matrix expects to be refused (401, 403, 404) — a partner against every record
 * of another organization, a committee member or manager beyond their role, an anonymous caller:
 * nothing changes.</li>
 * </ul>
 * In the default build the fingerprint is taken around each group of endpoints (the module's path
 * segment: all its requests for all actors, their sample records made first); a group that changed
 * a table is replayed request by request to name the request. With {@code -Psweeps} (tag
 * {@code slow-sweep}) every request has its own fingerprints.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadsLeaveNoTraceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    AuthorizationMatrixIntegrationTests matrix;
    final Map<String, AtomicInteger> figures = new TreeMap<>();

    @BeforeAll
    void setUp() {
        matrix = Sweeps.matrix(context);
    }

    /** One request of the sweep: an endpoint of the matrix, the method sent, as an actor. */
    record Probe(Row row, String method, Actor actor) {

        @Override
        public String toString() {
            return actor.column() + " " + method + " " + row.endpoint().path();
        }
    }

    List<Row> reads() {
        var rows = Sweeps.rows().values().stream()
                .filter(r -> List.of("GET", "*").contains(r.endpoint().method()))
                .toList();
        assertThat(rows).hasSizeGreaterThan(100);
        return rows;
    }

    /** Every GET of the row for each actor, and a HEAD as administrator. */
    static List<Probe> readProbes(Row row) {
        var probes = new ArrayList<Probe>();
        for (Actor actor : Actor.values()) {
            probes.add(new Probe(row, "GET", actor));
        }
        probes.add(new Probe(row, "HEAD", Actor.ADMIN));
        return probes;
    }

    List<Row> writes() {
        var rows = Sweeps.rows().values().stream()
                .filter(r -> !List.of("GET", "*").contains(r.endpoint().method()))
                .toList();
        assertThat(rows).hasSizeGreaterThan(100);
        return rows;
    }

    /** The write as each actor the matrix expects it to refuse. */
    static List<Probe> refusedProbes(Row row) {
        var probes = new ArrayList<Probe>();
        for (Actor actor : Actor.values()) {
            int expected = row.expected().get(actor);
            if (expected == 401 || expected == 403 || expected == 404) {
                probes.add(new Probe(row, row.endpoint().method(), actor));
            }
        }
        return probes;
    }

    /** The module a path belongs to: its first segment, after {@code /api/v1} for the API. */
    static String group(Row row) {
        var segments = row.endpoint().path().split("/");
        boolean api = row.endpoint().path().startsWith("/api/v1/");
        String module = segments.length > (api ? 3 : 1) ? segments[api ? 3 : 1] : "";
        return (api ? "/api/v1/" : "/") + module;
    }

    @TestFactory
    Stream<DynamicTest> readsChangeNoTableForAnyActor() {
        return grouped(reads(), ReadsLeaveNoTraceIntegrationTests::readProbes, "Tables reads of %s changed");
    }

    @TestFactory
    Stream<DynamicTest> refusedWritesChangeNoTable() {
        return grouped(writes(), ReadsLeaveNoTraceIntegrationTests::refusedProbes, "Tables refused writes of %s changed");
    }

    /** Each read with fingerprints of its own: {@code ./mvnw test -Psweeps}. */
    @TestFactory
    @Tag("slow-sweep")
    Stream<DynamicTest> eachReadChangesNoTableForAnyActor() {
        return reads().stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var changes = new LinkedHashMap<String, Object>();
            for (Probe probe : readProbes(row)) {
                changes.putAll(change(probe));
            }
            assertThat(changes).as("Tables a read of %s changed", row.endpoint()).isEmpty();
        }));
    }

    /** Each refused write with fingerprints of its own: {@code ./mvnw test -Psweeps}. */
    @TestFactory
    @Tag("slow-sweep")
    Stream<DynamicTest> eachRefusedWriteChangesNoTable() {
        return writes().stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var changes = new LinkedHashMap<String, Object>();
            for (Probe probe : refusedProbes(row)) {
                changes.putAll(change(probe));
            }
            assertThat(changes).as("Tables a refused write of %s changed", row.endpoint()).isEmpty();
        }));
    }

    Stream<DynamicTest> grouped(List<Row> rows, java.util.function.Function<Row, List<Probe>> probesOf, String message) {
        var groups = new TreeMap<String, List<Probe>>();
        rows.forEach(row -> groups.computeIfAbsent(group(row), k -> new ArrayList<>()).addAll(probesOf.apply(row)));
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " (" + e.getValue().size() + " requests)", () -> {
                    assertThat(groupChange(e.getValue())).as(message, e.getKey()).isEmpty();
                }));
    }

    /**
     * The tables a group of requests changed: their sample records are made first, then one
     * fingerprint before and one after all of them. When something changed, each request is made
     * again with fingerprints of its own, to name it.
     */
    Map<String, Object> groupChange(List<Probe> probes) throws Exception {
        var requests = new ArrayList<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>();
        for (Probe probe : probes) {
            requests.add(prepare(probe));
        }
        var before = Sweeps.settledFingerprint(dataSource);
        count("fingerprints");
        var statuses = new ArrayList<String>();
        for (int i = 0; i < probes.size(); i++) {
            statuses.add(probes.get(i) + " (" + mvc.perform(requests.get(i)).andReturn().getResponse().getStatus() + ")");
            count("requests");
        }
        var after = Sweeps.settledFingerprint(dataSource);
        count("fingerprints");
        var differences = Sweeps.differences(before, after);
        if (differences.isEmpty()) {
            return Map.of();
        }
        var changes = new LinkedHashMap<String, Object>();
        for (Probe probe : probes) {
            changes.putAll(change(probe));
        }
        if (changes.isEmpty()) {
            // not reproduced one by one: name the whole group
            differences.forEach((table, what) -> changes.put("one of " + statuses + ": " + table, what));
        }
        return changes;
    }

    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder prepare(Probe probe) throws Exception {
        return matrix.prepare(new Endpoint(probe.method(), probe.row().endpoint().path()), probe.row().body(),
                probe.row().headers(), probe.actor(), true);
    }

    /** The tables one request changed, keyed by actor, method and table. */
    Map<String, Object> change(Probe probe) throws Exception {
        var request = prepare(probe);
        var before = Sweeps.settledFingerprint(dataSource);
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        var after = Sweeps.settledFingerprint(dataSource);
        count("requests");
        count("fingerprints", 2);
        var changes = new LinkedHashMap<String, Object>();
        Sweeps.differences(before, after).forEach((table, what) ->
                changes.put(probe.actor().column() + " " + probe.method() + " (" + status + ") " + table, what));
        return changes;
    }

    void count(String what) {
        count(what, 1);
    }

    void count(String what, int n) {
        figures.computeIfAbsent(what, k -> new AtomicInteger()).addAndGet(n);
    }

    @AfterAll
    void figures() {
        System.out.println("Reads-leave-no-trace sweep: " + figures);
    }
}
