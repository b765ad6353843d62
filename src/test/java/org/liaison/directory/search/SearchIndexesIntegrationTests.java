package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.ReadScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rows written with SQL (as Flyway or an import would) are not indexed until the index is
 * rebuilt: at startup when out of step, or on an administrator's demand.
 */
@Tag("persistence")
@SpringBootTest(properties = { "liaison.demo.enabled=false", "liaison.test.context=search-indexes" })
@AutoConfigureMockMvc
class SearchIndexesIntegrationTests {

    static final ReadScope STAFF = ReadScope.staff(Set.of());

    @Autowired
    SearchIndexes indexes;

    @Autowired
    OrganizationSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void rebuildsAnIndexOutOfStepWithTheDatabase() {
        var id = insertWithSql("Академгородок SQL", "ru");
        assertThat(search.search(SearchQuery.of("Akademgorodok SQL"), STAFF).hits()).extracting(OrganizationHit::id)
                .doesNotContain(id);
        assertThat(indexes.status().inStep()).isFalse();

        indexes.rebuildIfOutOfStep();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                search.search(SearchQuery.of("Akademgorodok SQL"), STAFF).hits()).extracting(OrganizationHit::id)
                .contains(id));
        await().atMost(Duration.ofSeconds(60)).until(() -> !indexes.isRebuilding());
        assertThat(indexes.status().inStep()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void rebuildsOnAnAdministratorsDemand() throws Exception {
        var id = insertWithSql("東北大学 SQL", "ja");
        mvc.perform(post("/api/v1/admin/search/reindex").with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").exists());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                search.search(SearchQuery.of("Tohoku SQL"), STAFF).hits()).extracting(OrganizationHit::id)
                .contains(id));
    }

    @Test
    @WithMockUser(roles = "COOPERATION_MANAGER")
    void refusesToRebuildForAnyoneButAnAdministrator() throws Exception {
        mvc.perform(post("/api/v1/admin/search/reindex").with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void joinsARebuildAlreadyRunning() {
        var first = indexes.rebuild();
        var second = indexes.rebuild();
        // Either the second call joined the first, or the first had already finished.
        assertThat(second == first || first.toCompletableFuture().isDone()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> first.toCompletableFuture().isDone());
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void theApiFollowsARebuildUntilEveryTypeReachesItsTotal() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> !indexes.isRebuilding());
        for (int i = 0; i < 120; i++) {
            insertWithSql("Progress SQL " + i, "en");
        }
        insertPersonWithSql("Progress Person SQL");
        mvc.perform(post("/api/v1/admin/search/reindex").with(csrf())).andExpect(status().isAccepted());

        var seen = new java.util.ArrayList<Long>();
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            var body = mvc.perform(get("/api/v1/admin/search/reindex")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            var node = json.readTree(body);
            seen.add(node.get("done").asLong());
            return node.get("state").asString().equals("done");
        });
        assertThat(seen).as("done only grows").isSorted();

        var body = mvc.perform(get("/api/v1/admin/search/reindex")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("done"))
                .andExpect(jsonPath("$.rebuilding").value(false))
                .andExpect(jsonPath("$.percent").value(100))
                .andReturn().getResponse().getContentAsString();
        var node = json.readTree(body);
        assertThat(node.get("indexes")).hasSize(2);
        var status = indexes.status();
        for (var index : node.get("indexes")) {
            long database = index.get("entity").asString().equals("organization") ? status.organizationsInDatabase()
                    : status.peopleInDatabase();
            assertThat(index.get("total").asLong()).as(index.toString()).isEqualTo(database).isPositive();
            assertThat(index.get("done").asLong()).as(index.toString()).isEqualTo(database);
            assertThat(index.get("database").asLong()).as(index.toString()).isEqualTo(database);
            assertThat(index.get("indexed").asLong()).as(index.toString()).isEqualTo(database);
            assertThat(index.get("percent").asInt()).isEqualTo(100);
        }
        assertThat(node.get("total").asLong()).isEqualTo(status.organizationsInDatabase() + status.peopleInDatabase())
                .isGreaterThanOrEqualTo(121);

        // the event stream of a finished rebuild sends its last state and ends
        var started = mvc.perform(get("/api/v1/admin/search/reindex/progress").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(Duration.ofSeconds(30).toMillis());
        assertThat(started.getResponse().getContentAsString()).contains("event:progress").contains("\"state\":\"done\"");
    }

    @Test
    @WithMockUser(roles = "COOPERATION_MANAGER")
    void onlyAdministratorsFollowARebuild() throws Exception {
        mvc.perform(get("/api/v1/admin/search/reindex")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private UUID insertPersonWithSql(String name) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.update("insert into person (id, version, owner_organization_id, visibility, shared_with, created_at,"
                + " updated_at) values (?, 0, null, 'INTERNAL', '', ?, ?)", id, now, now);
        jdbc.update("insert into person_name (person_id, position, text, lang, is_primary, is_alias)"
                + " values (?, 0, ?, 'en', true, false)", id, name);
        return id;
    }

    private UUID insertWithSql(String name, String lang) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.update("insert into organization (id, version, kind, country, owner_organization_id, visibility, shared_with,"
                + " created_at, updated_at) values (?, 0, 'OTHER', 'JP', ?, 'INTERNAL', '', ?, ?)", id, id, now, now);
        jdbc.update("insert into organization_name (organization_id, position, text, lang, is_primary, is_alias)"
                + " values (?, 0, ?, ?, true, false)", id, name, lang);
        return id;
    }
}
