package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Row;
import org.liaison.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * List leaks (checklist item 3) and cross-organization reads (item 2) across every module: for
 * each actor, every record the matrix proves invisible to it (its row answers 404 for that actor:
 * organizations, people, engagements, relationships, agreements, funds and deals, news drafts,
 * ingest documents...) is made, and then every list, search, count, export, feed, calendar and
 * sitemap of the matrix (every GET without a path variable, with its query and again with
 * {@code q=Matrix}) is read as that actor: none of those records' ids appears. As the
 * administrator, who may see them all, the same lists do show them (the check is not blind).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListLeakIntegrationTests {

    static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final List<Actor> LIMITED = List.of(Actor.ANONYMOUS, Actor.PARTNER, Actor.MANAGER, Actor.COMMITTEE);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AuthorizationMatrixIntegrationTests matrix;
    final Map<Actor, Set<String>> hidden = new EnumMap<>(Actor.class);

    @BeforeAll
    void setUp() throws Exception {
        matrix = Sweeps.matrix(context);
        for (Actor actor : LIMITED) {
            // anonymous callers see no more than partners: the partner's hidden records are theirs too
            Actor like = actor == Actor.ANONYMOUS ? Actor.PARTNER : actor;
            var ids = new LinkedHashSet<String>();
            for (Row row : Sweeps.rows().values()) {
                if (List.of("GET", "*").contains(row.endpoint().method()) && row.endpoint().path().contains("{")
                        && row.expected().get(like) == 404 && !row.endpoint().path().startsWith("/calendar/")) {
                    String path = matrix.samples.fill(row.endpoint(), row.endpoint().path(), like, new HashMap<>());
                    // the record the row is about: the last id of its path (the ones before may be visible parents)
                    var m = UUID_PATTERN.matcher(path);
                    String last = null;
                    while (m.find()) {
                        last = m.group();
                    }
                    if (last != null) {
                        ids.add(last);
                    }
                }
            }
            hidden.put(actor, ids);
        }
    }

    List<Row> lists() {
        return Sweeps.rows().values().stream()
                .filter(r -> r.endpoint().method().equals("GET") && !r.endpoint().path().contains("{"))
                .filter(r -> !r.endpoint().path().startsWith("/v3/") && !r.endpoint().path().startsWith("/swagger"))
                .toList();
    }

    @TestFactory
    Stream<DynamicTest> noListShowsARecordTheActorMayNotSee() {
        assertThat(hidden.get(Actor.PARTNER)).hasSizeGreaterThan(20);
        return lists().stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var leaks = new ArrayList<String>();
            for (Actor actor : LIMITED) {
                for (String query : queries(row)) {
                    String body = read(row, query, actor);
                    hidden.get(actor).stream().filter(body::contains)
                            .forEach(id -> leaks.add(actor.column() + " ?" + query + " shows " + id));
                }
            }
            assertThat(leaks).as("%s", row.endpoint()).isEmpty();
        }));
    }

    @Test
    void theAdministratorsListsDoShowThoseRecords() throws Exception {
        var everything = new LinkedHashSet<String>();
        hidden.values().forEach(everything::addAll);
        var seen = new LinkedHashSet<String>();
        for (Row row : lists()) {
            for (String query : queries(row)) {
                String body = read(row, query, Actor.ADMIN);
                everything.stream().filter(body::contains).forEach(seen::add);
            }
        }
        assertThat(seen).as("hidden records the administrator's lists show").isNotEmpty();
    }

    static List<String> queries(Row row) {
        return row.body().isEmpty() ? List.of("", "q=Matrix&size=100") : List.of(row.body(), "q=Matrix&size=100");
    }

    String read(Row row, String rawQuery, Actor actor) throws Exception {
        String path = row.endpoint().path();
        String query = matrix.samples.fill(row.endpoint(), rawQuery, actor, new HashMap<>());
        boolean api = path.startsWith("/api/") || path.startsWith("/actuator");
        var request = MockMvcRequestBuilders.get(URI.create(path + (query.isEmpty() ? "" : "?" + query)));
        if (api) {
            request.accept("application/json");
        } else {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        return mvc.perform(matrix.signedIn.as(actor, request, api)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
