package org.liaison.news.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /api/v1/me/subscriptions and /api/v1/me/whats-new with real users and tokens: following twice is
 * once, labels in the caller's language, problem details for bad input, nobody else's subscription
 * can be removed, an organization the caller may not see cannot be followed, and paging.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class SubscriptionApiIntegrationTests {

    static final String SUBSCRIPTIONS = "/api/v1/me/subscriptions";
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
    String partner;

    @BeforeEach
    void signIn() {
        manager = token(NewUser.staff(username("manager"), "Test manager", password(), Role.COOPERATION_MANAGER));
        var torch = ViewerContext.call(Viewer.system("news tests"),
                () -> directory.organizationNamed("Torch technopark of Tsinghua University")).orElseThrow();
        partner = token(NewUser.partner(username("partner"), "Test partner", password(), torch.value()));
    }

    @Test
    void followsOnceListsInTheCallersLanguageAndUnfollows() throws Exception {
        var made = call(partner, post(SUBSCRIPTIONS), Map.of("kind", "topic", "target", "technoparks"), 201);
        assertThat(made.path("kind").asString()).isEqualTo("TOPIC");
        var again = call(partner, post(SUBSCRIPTIONS), Map.of("kind", "TOPIC", "target", "technoparks"), 200);
        assertThat(again.path("id").asString()).isEqualTo(made.path("id").asString());
        var country = call(partner, post(SUBSCRIPTIONS), Map.of("kind", "COUNTRY", "target", "jp"), 201);
        assertThat(country.path("target").asString()).isEqualTo("JP");

        var list = call(partner, get(SUBSCRIPTIONS).header("Accept-Language", "ja"), null, 200).path("items");
        assertThat(list.size()).isEqualTo(2);
        var labels = new ArrayList<String>();
        list.forEach(s -> labels.add(s.path("label").asString()));
        assertThat(labels).containsExactlyInAnyOrder("テクノパーク", "日本");

        // the manager cannot remove the partner's subscription; its owner can
        call(manager, delete(SUBSCRIPTIONS + "/" + made.path("id").asString()), null, 404);
        call(partner, delete(SUBSCRIPTIONS + "/" + made.path("id").asString()), null, 204);
        call(partner, delete(SUBSCRIPTIONS + "/" + made.path("id").asString()), null, 404);
        var left = call(partner, get(SUBSCRIPTIONS), null, 200).path("items");
        assertThat(left.size()).isEqualTo(1);
        assertThat(left.get(0).path("kind").asString()).isEqualTo("COUNTRY");
        assertThat(call(manager, get(SUBSCRIPTIONS), null, 200).path("items").size()).isZero();
    }

    @Test
    void refusesBadInputWithProblemDetails() throws Exception {
        assertThat(call(partner, post(SUBSCRIPTIONS), Map.of("kind", "PLANET", "target", "mars"), 422).path("code").asString())
                .isEqualTo("news-invalid-subscription");
        assertThat(call(partner, post(SUBSCRIPTIONS), Map.of("kind", "TOPIC", "target", "no-such-topic"), 422).path("code").asString())
                .isEqualTo("news-unknown-topic");
        assertThat(call(partner, post(SUBSCRIPTIONS), Map.of("kind", "COUNTRY", "target", "XX"), 422).path("code").asString())
                .isEqualTo("news-invalid-country");
        assertThat(call(partner, post(SUBSCRIPTIONS), Map.of("kind", "ORGANIZATION", "target", "not-an-id"), 422).path("code").asString())
                .isEqualTo("news-unknown-organization");
        var blank = call(partner, post(SUBSCRIPTIONS), Map.of("kind", "TOPIC", "target", " "), 422);
        assertThat(blank.path("errors").get(0).path("field").asString()).isEqualTo("target");
        assertThat(call(partner, get("/api/v1/me/whats-new?size=0"), null, 400).path("status").asInt()).isEqualTo(400);
        assertThat(call(partner, get(SUBSCRIPTIONS), null, 200).path("items").size()).isZero();
    }

    @Test
    void anOrganizationIsFollowedOnlyWhenTheCallerMaySeeIt() throws Exception {
        var internal = register("Subscription internal");
        assertThat(call(partner, post(SUBSCRIPTIONS), Map.of("kind", "ORGANIZATION", "target", internal.toString()), 422)
                .path("code").asString()).isEqualTo("news-unknown-organization");
        var followed = call(manager, post(SUBSCRIPTIONS), Map.of("kind", "ORGANIZATION", "target", internal.toString()), 201);
        assertThat(followed.path("label").asString()).startsWith("Subscription internal");
    }

    @Test
    void whatIsNewIsPagedNewestFirst() throws Exception {
        var slug = "subscriptions-" + UUID.randomUUID().toString().substring(0, 8);
        var topic = call(manager, post("/api/v1/topics"), Map.of("slug", slug, "en", "Subscriptions", "ru", "Подписки",
                "zh", "订阅", "ja", "購読"), 201).path("id").asString();
        call(partner, post(SUBSCRIPTIONS), Map.of("kind", "TOPIC", "target", slug), 201);
        var empty = call(partner, get("/api/v1/me/whats-new"), null, 200);
        assertThat(empty.path("items").size()).isZero();
        assertThat(empty.path("more").asBoolean()).isFalse();
        for (int i = 1; i <= 3; i++) {
            var body = new LinkedHashMap<String, Object>();
            body.put("title", "Paging item " + i + " " + slug);
            body.put("body", "<p>Text</p>");
            body.put("lang", "en");
            body.put("topics", List.of(topic));
            var id = call(manager, post("/api/v1/news"), body, 201).path("id").asString();
            call(manager, post("/api/v1/news/" + id + "/publish"), null, 200);
        }
        var first = call(partner, get("/api/v1/me/whats-new?page=0&size=2"), null, 200);
        assertThat(first.path("items").size()).isEqualTo(2);
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(first.path("items").get(0).path("kind").asString()).isEqualTo("NEWS");
        assertThat(first.path("items").get(0).path("path").asString()).startsWith("/news/paging-item-");
        var second = call(partner, get("/api/v1/me/whats-new?page=1&size=2"), null, 200);
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("more").asBoolean()).isFalse();
        var titles = new ArrayList<String>();
        first.path("items").forEach(u -> titles.add(u.path("title").asString()));
        second.path("items").forEach(u -> titles.add(u.path("title").asString()));
        assertThat(titles).containsExactlyInAnyOrder("Paging item 1 " + slug, "Paging item 2 " + slug, "Paging item 3 " + slug);
        // nothing new for someone who follows nothing
        assertThat(call(manager, get("/api/v1/me/whats-new"), null, 200).path("items").size()).isZero();
    }

    // Helpers

    UUID register(String name) {
        return ViewerContext.call(Viewer.system("news tests"), () -> directoryService.register(
                new org.liaison.directory.internal.OrganizationDraft(org.liaison.directory.OrganizationKind.CORPORATION,
                        List.of(new org.liaison.directory.internal.NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                        List.of(), "JP", null, null, null, java.util.Set.of())).id());
    }

    JsonNode call(String token, MockHttpServletRequestBuilder request, @Nullable Object body, int status) throws Exception {
        request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        var text = result.getResponse().getContentAsString();
        return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
    }

    String token(NewUser user) {
        return tokens.issue(users.create(user).id(), "subscription tests", null).secret();
    }

    static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String password() {
        return "news-test-" + UUID.randomUUID();
    }
}
