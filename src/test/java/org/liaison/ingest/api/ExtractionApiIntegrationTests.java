package org.liaison.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/ingest/extract as shared/contracts/extraction.md says: shape, vocabularies, errors, roles. */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class ExtractionApiIntegrationTests {

    static final String URL = "/api/v1/ingest/extract";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;

    String manager;
    String committee;

    @BeforeEach
    void signIn() {
        manager = token(Role.COOPERATION_MANAGER);
        committee = token(Role.COMMITTEE_MEMBER);
    }

    String token(Role role) {
        var user = users.create(NewUser.staff("extract-" + UUID.randomUUID().toString().substring(0, 8), "Extraction test",
                "extraction-test-" + UUID.randomUUID(), role));
        return tokens.issue(user.id(), "extraction tests", null).secret();
    }

    static String seed() throws IOException {
        try (var in = ExtractionApiIntegrationTests.class.getResourceAsStream("/ingest/skolkovo-china-japan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    MvcResult extract(String token, String contentType, String body) throws Exception {
        return mvc.perform(post(URL).header("Authorization", "Bearer " + token).contentType(contentType).content(body))
                .andReturn();
    }

    @Test
    void answersTheSeedArticleInTheContractsShape() throws Exception {
        var body = JSON.writeValueAsString(java.util.Map.of("text", seed(), "publishedAt", "2012-05-03",
                "url", "https://example.org/news/1", "format", "text"));
        var result = extract(manager, MediaType.APPLICATION_JSON_VALUE, body);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode json = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(json.propertyNames()).contains("organizations", "people", "events", "agreements", "funds", "intents");

        var skolkovo = find(json.get("organizations"), "name", "Skolkovo Foundation");
        assertThat(skolkovo.get("surface").asString()).isEqualTo("Skolkovo");
        assertThat(skolkovo.get("kind").asString()).isEqualTo("innovation hub");
        assertThat(skolkovo.get("country").asString()).isEqualTo("RU");
        assertThat(skolkovo.has("directoryId")).isTrue();
        assertThat(skolkovo.get("aliases").isArray()).isTrue();
        assertThat(skolkovo.get("mentions").get(0).get("start").asInt()).isZero();
        assertThat(skolkovo.get("mentions").get(0).get("end").asInt()).isEqualTo(8);

        var vekselberg = find(json.get("people"), "name", "Viktor Vekselberg");
        assertThat(vekselberg.get("role").asString()).isEqualTo("President");
        assertThat(vekselberg.get("organization").asString()).isEqualTo("Skolkovo Foundation");

        var forum = find(json.get("events"), "kind", "forum");
        assertThat(forum.get("name").asString()).isEqualTo("Sino-Russian Trade and Investment Forum");
        assertThat(forum.get("dateText").asString()).isEqualTo("last week");
        assertThat(forum.get("date").asString()).isEqualTo("2012-04");
        assertThat(forum.get("place").isNull()).isTrue();
        assertThat(forum.get("planned").asBoolean()).isFalse();

        var mou = json.get("agreements").get(0);
        assertThat(mou.get("kind").asString()).isEqualTo("MoU");
        assertThat(mou.get("status").asString()).isEqualTo("signed");
        assertThat(mou.get("date").asString()).isEqualTo("2012-04");

        var fund = json.get("funds").get(0);
        assertThat(fund.get("name").asString()).isEqualTo("joint direct investment fund");
        assertThat(fund.get("status").asString()).isEqualTo("under discussion");
        assertThat(fund.get("purpose").asString()).isEqualTo("finance breakthrough projects");
        assertThat(fund.has("amount")).isTrue();

        var intent = find(json.get("intents"), "kind", "seeks partnership");
        assertThat(intent.get("actors").get(0).asString()).isEqualTo("Skolkovo Foundation");
        assertThat(intent.get("targets").toString()).contains("Hitachi", "NEC", "Mitsubishi", "Toshiba");
        // each fact keeps the offsets of its sentence
        assertThat(intent.get("sentence").get("start").asInt()).isLessThan(intent.get("sentence").get("end").asInt());
    }

    @Test
    void extractsTheMainContentOfAnHtmlPageFirst() throws Exception {
        var html = "<html><body><nav>Home | News | Contact</nav><article><h1>Nordvik signs memorandum</h1>"
                + "<p>Nordvik Science Park signed a memorandum of understanding with the Baltic Robotics Institute on Monday.</p>"
                + "</article><footer>Scroll to Top</footer></body></html>";
        var body = JSON.writeValueAsString(java.util.Map.of("text", html, "publishedAt", "2023-03-15", "format", "html"));

        var json = JSON.readTree(extract(manager, MediaType.APPLICATION_JSON_VALUE, body).getResponse().getContentAsString());

        assertThat(json.get("agreements").get(0).get("date").asString()).isEqualTo("2023-03-13");
        assertThat(json.get("organizations").toString()).contains("Nordvik Science Park", "Baltic Robotics Institute");
    }

    @Test
    void answersProblemDetailsForABodyOfAnotherShapeTooMuchTextAndAnotherContentType() throws Exception {
        var noText = extract(manager, MediaType.APPLICATION_JSON_VALUE, "{\"publishedAt\": \"2012-05-03\"}");
        assertThat(noText.getResponse().getStatus()).isEqualTo(400);
        assertThat(noText.getResponse().getContentType()).startsWith("application/problem+json");

        assertThat(extract(manager, MediaType.APPLICATION_JSON_VALUE, "{\"text\": \"x\", \"format\": \"pdf\"}")
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(extract(manager, MediaType.APPLICATION_JSON_VALUE, "{\"text\": \"x\", \"publishedAt\": \"May 2012\"}")
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(extract(manager, MediaType.APPLICATION_JSON_VALUE, "[1, 2]").getResponse().getStatus()).isEqualTo(400);

        var big = JSON.writeValueAsString(java.util.Map.of("text", "a".repeat(1024 * 1024 + 1)));
        var tooLarge = extract(manager, MediaType.APPLICATION_JSON_VALUE, big);
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
        assertThat(tooLarge.getResponse().getContentType()).startsWith("application/problem+json");

        var plain = extract(manager, MediaType.TEXT_PLAIN_VALUE, "Skolkovo signed a memorandum.");
        assertThat(plain.getResponse().getStatus()).isEqualTo(415);
        assertThat(plain.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void needsACooperationManagerOrAnAdministrator() throws Exception {
        var body = "{\"text\": \"Skolkovo signed a memorandum of understanding with Hitachi.\"}";
        assertThat(extract(committee, MediaType.APPLICATION_JSON_VALUE, body).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (var node : array) {
            if (value.equals(node.path(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
