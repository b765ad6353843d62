package org.liaison.news.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.DirectoryQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The news API with real users and tokens: sanitized writes, links, ETags, publication, problem details, topics. */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class NewsApiIntegrationTests {

    static final String BASE = "/api/v1/news";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryQueries directory;
    @Autowired
    org.liaison.directory.internal.DirectoryService directoryService;

    String manager;
    String committee;

    @BeforeEach
    void signIn() {
        manager = token(NewUser.staff(username("manager"), "Test manager", password(), Role.COOPERATION_MANAGER));
        committee = token(NewUser.staff(username("committee"), "Test committee", password(), Role.COMMITTEE_MEMBER));
    }

    @Test
    void writesAnItemWithItsBodyCleanedAndItsOrganizationsNamed() throws Exception {
        var hitachi = organization("Hitachi");
        var created = call(manager, post(BASE), body("Hitachi and Skolkovo", "<p onclick=\"steal()\">Talks</p>"
                + "<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>", List.of(hitachi)), 201);
        assertThat(created.result.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
        assertThat(created.json.path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json.path("slug").asString()).isEqualTo("hitachi-and-skolkovo");
        assertThat(created.json.path("body").asString()).isEqualTo("<p>Talks</p>x");
        assertThat(created.json.path("organizations").get(0).path("name").asString()).isEqualTo("Hitachi");
        var again = call(manager, post(BASE), body("Hitachi and Skolkovo", "<p>Again</p>", List.of()), 201);
        assertThat(again.json.path("slug").asString()).isEqualTo("hitachi-and-skolkovo-2");
    }

    @Test
    void refusesInvalidItemsWithProblemDetails() throws Exception {
        var noTitle = call(manager, post(BASE), body(" ", "<p>Text</p>", List.of()), 422);
        assertThat(noTitle.json.path("code").asString()).isEqualTo("news-title-required");
        var onlyScript = call(manager, post(BASE), body("Title", "<script>alert(1)</script>", List.of()), 422);
        assertThat(onlyScript.json.path("code").asString()).isEqualTo("news-body-required");
        var unknown = call(manager, post(BASE), body("Title", "<p>Text</p>", List.of(UUID.randomUUID().toString())), 422);
        assertThat(unknown.json.path("code").asString()).isEqualTo("news-unknown-organization");
        var source = body("Title", "<p>Text</p>", List.of());
        source.put("sourceUrl", "javascript:alert(1)");
        assertThat(call(manager, post(BASE), source, 422).json.path("code").asString()).isEqualTo("news-invalid-source-url");
        assertThat(call(committee, post(BASE), body("Title", "<p>Text</p>", List.of()), 403).json.path("status").asInt()).isEqualTo(403);
    }

    @Test
    void aStaleChangeIsRefusedAndPublishingMakesItPublicToPartners() throws Exception {
        var created = call(manager, post(BASE), body("Lost update test", "<p>One</p>", List.of()), 201);
        var id = created.json.path("id").asString();
        var changed = call(manager, put(BASE + "/" + id).header("If-Match", "\"0\""), body("Lost update test", "<p>Two</p>", List.of()), 200);
        assertThat(changed.result.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        var stale = call(manager, put(BASE + "/" + id).header("If-Match", "\"0\""), body("Lost update test", "<p>Three</p>", List.of()), 409);
        assertThat(stale.json.path("code").asString()).isNotBlank();

        var partner = partner();
        call(partner, get(BASE + "/" + id), null, 404);
        var published = call(manager, post(BASE + "/" + id + "/publish"), null, 200);
        assertThat(published.json.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json.path("publishedAt").asString()).isNotBlank();
        assertThat(call(partner, get(BASE + "/" + id), null, 200).json.path("body").asString()).isEqualTo("<p>Two</p>");

        var schedule = call(manager, post(BASE + "/" + id + "/schedule"), Map.of("at", "2031-01-01T09:00:00Z"), 422);
        assertThat(schedule.json.path("code").asString()).isEqualTo("news-already-published");
        var withdrawn = call(manager, post(BASE + "/" + id + "/withdraw"), null, 200);
        assertThat(withdrawn.json.path("status").asString()).isEqualTo("WITHDRAWN");
        call(partner, get(BASE + "/" + id), null, 404);
    }

    @Test
    void schedulesOnlyInTheFuture() throws Exception {
        var id = call(manager, post(BASE), body("Schedule test", "<p>Text</p>", List.of()), 201).json.path("id").asString();
        var past = call(manager, post(BASE + "/" + id + "/schedule"), Map.of("at", "2012-05-03T09:00:00Z"), 422);
        assertThat(past.json.path("code").asString()).isEqualTo("news-schedule-in-past");
        var scheduled = call(manager, post(BASE + "/" + id + "/schedule"), Map.of("at", "2031-01-01T09:00:00Z"), 200);
        assertThat(scheduled.json.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.json.path("scheduledAt").asString()).isEqualTo("2031-01-01T09:00:00Z");
        call(manager, delete(BASE + "/" + id).header("If-Match", "\"0\""), null, 409);
        call(manager, delete(BASE + "/" + id).header("If-Match", scheduled.result.getResponse().getHeader("ETag")), null, 204);
        call(manager, get(BASE + "/" + id), null, 404);
    }

    @Test
    void topicsAreNamedInFourLanguagesAndTheirSlugsAreUnique() throws Exception {
        var list = call(partner(), get("/api/v1/topics").header("Accept-Language", "ja"), null, 200);
        var slugs = new java.util.ArrayList<String>();
        list.json.path("items").forEach(t -> slugs.add(t.path("slug").asString()));
        assertThat(slugs).contains("incubators", "accelerators", "technoparks", "international", "news",
                "regions-and-cities", "skolkovo-foundation");
        var technoparks = list.json.path("items").get(slugs.indexOf("technoparks"));
        assertThat(technoparks.path("name").asString()).isEqualTo("テクノパーク");
        assertThat(technoparks.path("names").path("ru").asString()).isEqualTo("Технопарки");

        var topic = Map.of("slug", "science-parks-" + UUID.randomUUID().toString().substring(0, 6), "en", "Science parks",
                "ru", "Научные парки", "zh", "科学园", "ja", "サイエンスパーク");
        call(manager, post("/api/v1/topics"), topic, 201);
        assertThat(call(manager, post("/api/v1/topics"), topic, 422).json.path("code").asString()).isEqualTo("news-topic-slug-taken");
    }

    @Test
    void aMergedOrganizationsItemsLinkTheSurvivor() throws Exception {
        var duplicate = register("Merge duplicate");
        var survivor = register("Merge survivor");
        var id = call(manager, post(BASE), body("Merge test", "<p>Text</p>", List.of(duplicate.toString())), 201)
                .json.path("id").asString();
        ViewerContext.run(Viewer.system("news tests"), () -> directoryService.merge(duplicate, null, survivor, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                call(manager, get(BASE + "/" + id), null, 200).json.path("organizations").get(0).path("organization")
                        .asString().equals(survivor.toString()));
    }

    // Helpers

    UUID register(String name) {
        return ViewerContext.call(Viewer.system("news tests"), () -> directoryService.register(
                new org.liaison.directory.internal.OrganizationDraft(org.liaison.directory.OrganizationKind.CORPORATION,
                        List.of(new org.liaison.directory.internal.NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                        List.of(), "JP", null, null, null, java.util.Set.of())).id());
    }

    record Answer(MvcResult result, JsonNode json) {}

    Answer call(String token, MockHttpServletRequestBuilder request, @Nullable Object body, int status) throws Exception {
        request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        var text = result.getResponse().getContentAsString();
        return new Answer(result, text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text));
    }

    static Map<String, Object> body(String title, String html, List<String> organizations) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("body", html);
        body.put("lang", "en");
        body.put("sourceName", "The Skolkovo Foundation");
        body.put("organizations", organizations);
        return body;
    }

    String organization(String name) {
        return ViewerContext.call(Viewer.system("news tests"), () -> directory.organizationNamed(name)).orElseThrow().value().toString();
    }

    String partner() {
        var torch = ViewerContext.call(Viewer.system("news tests"),
                () -> directory.organizationNamed("Torch technopark of Tsinghua University")).orElseThrow();
        return token(NewUser.partner(username("partner"), "Test partner", password(), torch.value()));
    }

    String token(NewUser user) {
        var created = users.create(user);
        return tokens.issue(created.id(), "news tests", null).secret();
    }

    static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String password() {
        return "news-test-" + UUID.randomUUID();
    }
}
