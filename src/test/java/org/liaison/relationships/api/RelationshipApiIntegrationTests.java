package org.liaison.relationships.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relationships API over the demo story and fresh records: stages, ETags and stale moves,
 * problem details, a partner who finds nothing, coverage and introduction paths.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    DirectoryQueries queries;
    @Autowired
    EngagementService engagements;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        var partnerOrganization = asSystem(() -> directory.register(organization("Relationships partner"))).id();
        signedIn = new SignedIn(mvc, accounts, tokens, "relationships", partnerOrganization);
    }

    static OrganizationDraft organization(String name) {
        return new OrganizationDraft(OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), "DE", null, null, null, Set.of());
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("relationships-test"), work);
    }

    MockHttpServletResponse call(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(signedIn.as(actor, request.accept(MediaType.APPLICATION_JSON), true)).andReturn().getResponse();
    }

    MockHttpServletResponse postJson(Actor actor, String path, String body, String... headers) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return call(actor, request);
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    UUID demo(String name) {
        return asSystem(() -> queries.organizationNamed(name)).orElseThrow().value();
    }

    /** Every item of the relationship list with these filters, page after page. */
    List<JsonNode> everyItem(Map<String, String> filters) throws Exception {
        var items = new ArrayList<JsonNode>();
        for (int number = 0;; number++) {
            var request = get("/api/v1/relationships").param("size", "200").param("page", String.valueOf(number));
            filters.forEach(request::param);
            var page = json(call(Actor.MANAGER, request));
            page.get("items").forEach(items::add);
            if (page.get("items").size() < 200) {
                return items;
            }
        }
    }

    JsonNode relationshipOf(String organizationName) throws Exception {
        UUID id = demo(organizationName);
        // every page: other test classes sharing the context (imports) add many relationships
        for (int number = 0;; number++) {
            var page = json(call(Actor.MANAGER, get("/api/v1/relationships").param("size", "200")
                    .param("page", String.valueOf(number))));
            for (var item : page.get("items")) {
                if (item.get("organization").asString().equals(id.toString())) {
                    return item;
                }
            }
            if (page.get("items").size() < 200) {
                break;
            }
        }
        throw new AssertionError("No relationship with " + organizationName);
    }

    String newRelationship() throws Exception {
        var org = asSystem(() -> directory.register(organization("Relationship target"))).id();
        var created = postJson(Actor.MANAGER, "/api/v1/relationships", "{\"organization\": \"" + org + "\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("ETag")).isEqualTo("\"" + json(created).get("version").asLong() + "\"");
        return json(created).get("id").asString();
    }

    @Test
    void theDemoHoldsTheStoryStagesOwnedByTheManager() throws Exception {
        var manager = accounts.findByUsername("manager").orElseThrow().id().toString();
        assertThat(relationshipOf("Torch technopark of Tsinghua University").get("stage").asString()).isEqualTo("AGREEMENT");
        assertThat(relationshipOf("Zhongguancun").get("stage").asString()).isEqualTo("ENGAGED");
        for (String name : List.of("Hitachi", "NEC", "Mitsubishi", "Toshiba")) {
            var r = relationshipOf(name);
            assertThat(r.get("stage").asString()).as(name).isEqualTo("PROSPECT");
            assertThat(r.get("owner").asString()).as(name).isEqualTo(manager);
        }
        var torch = relationshipOf("Torch technopark of Tsinghua University").get("id").asString();
        var history = json(call(Actor.COMMITTEE, get("/api/v1/relationships/" + torch + "/history"))).get("items");
        assertThat(history).hasSize(3);
        assertThat(history.get(2).get("to").asString()).isEqualTo("AGREEMENT");
        assertThat(history.get(2).get("at").asString()).startsWith("2012-04");
        assertThat(history.get(2).get("reason").asString()).contains("Memorandum");
    }

    @Test
    void filtersByCountryKindAndStage() throws Exception {
        // other tests in the same context add relationships of their own (the sweeps add hundreds of
        // Japanese corporations named "Matrix ..."): the demo's are among them, on some page
        var japan = everyItem(Map.of("country", "JP", "kind", "corporation", "stage", "PROSPECT"));
        assertThat(japan.stream().map(i -> i.get("organizationName").asString()))
                .contains("Hitachi", "NEC", "Mitsubishi", "Toshiba");
        assertThat(japan.stream().map(i -> i.get("stage").asString())).containsOnly("PROSPECT");
        assertThat(japan.stream().map(i -> i.get("country").asString())).containsOnly("JP");
        assertThat(japan.stream().map(i -> i.get("kind").asString())).containsOnly("corporation");
        var agreements = everyItem(Map.of("stage", "AGREEMENT"));
        assertThat(agreements.stream().map(i -> i.get("organizationName").asString()))
                .contains("Torch technopark of Tsinghua University");
        var unknownKind = call(Actor.MANAGER, get("/api/v1/relationships").param("kind", "spaceship"));
        assertThat(unknownKind.getStatus()).isEqualTo(422);
        assertThat(json(unknownKind).get("code").asString()).isEqualTo("unknown-kind");
    }

    @Test
    void filtersTheListTheBoardAndTheTableByTechnologyArea() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String quantum = "Quantum sensing " + tag;
        String photonics = "Photonics " + tag;
        var sensing = asSystem(() -> directory.register(withAreas(organization("Area sensing"), quantum)));
        var optics = asSystem(() -> directory.register(withAreas(organization("Area optics"), photonics)));
        for (var org : List.of(sensing, optics)) {
            assertThat(postJson(Actor.MANAGER, "/api/v1/relationships", "{\"organization\": \"" + org.id() + "\"}")
                    .getStatus()).isEqualTo(201);
        }
        String sensingName = asSystem(() -> queries.summary(new org.liaison.directory.OrganizationId(sensing.id())))
                .orElseThrow().name();
        String opticsName = asSystem(() -> queries.summary(new org.liaison.directory.OrganizationId(optics.id())))
                .orElseThrow().name();

        var listed = json(call(Actor.MANAGER, get("/api/v1/relationships").param("area", quantum).param("size", "200")));
        assertThat(listed.get("items").valueStream().map(i -> i.get("organizationName").asString()))
                .containsExactly(sensingName);
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(json(call(Actor.MANAGER, get("/api/v1/relationships").param("area", "No such area " + tag)))
                .get("items")).isEmpty();

        String board = page(get("/relationships").param("area", quantum))
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(board).contains(sensingName).doesNotContain(opticsName).contains("name=\"area\"")
                .contains("<option value=\"" + photonics + "\"");
        String table = page(get("/relationships/table").param("area", photonics))
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(table).contains(opticsName).doesNotContain(sensingName);

        // the copy follows the directory: a new area and a new name of the organization reach the
        // relationship through the directory's OrganizationChanged event, with no refresh called
        var view = asSystem(() -> directory.organization(optics.id()));
        String renamed = opticsName + " renamed";
        asSystem(() -> directory.update(optics.id(), view.version(), withAreas(new OrganizationDraft(
                OrganizationKind.CORPORATION, List.of(new NameInput(renamed, "en", true)), List.of(), "DE", null,
                null, null, Set.of()), photonics, quantum)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            var both = json(call(Actor.MANAGER, get("/api/v1/relationships").param("area", quantum).param("size", "200")));
            assertThat(both.get("items").valueStream().map(i -> i.get("organizationName").asString()))
                    .containsExactlyInAnyOrder(sensingName, renamed);
        });
    }

    /** A page as the signed-in manager's browser gets it (session, not token). */
    MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(signedIn.as(Actor.MANAGER, request.accept(MediaType.TEXT_HTML), false)).andReturn()
                .getResponse();
    }

    static OrganizationDraft withAreas(OrganizationDraft draft, String... areas) {
        return new OrganizationDraft(draft.kind(), draft.names(), draft.aliases(), draft.country(), draft.city(),
                draft.website(), draft.description(), Set.of(areas));
    }

    @Test
    void coverageShowsJapanWithProspectsAndNoActivePartner() throws Exception {
        var items = json(call(Actor.COMMITTEE, get("/api/v1/coverage"))).get("items");
        JsonNode japan = null;
        JsonNode china = null;
        for (var item : items) {
            if ("JP".equals(item.get("country").asString(""))) {
                japan = item;
            }
            if ("CN".equals(item.get("country").asString(""))) {
                china = item;
            }
        }
        assertThat(japan).isNotNull();
        assertThat(japan.get("prospectsWithoutPartner").asBoolean()).isTrue();
        assertThat(japan.get("byStage").get("PROSPECT").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(japan.get("byKind").get("corporation").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(china).isNotNull();
        assertThat(china.get("prospectsWithoutPartner").asBoolean()).isFalse();
        assertThat(china.get("byStage").get("AGREEMENT").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void movesAStageWithIfMatchAndRefusesAStaleMoveWith409() throws Exception {
        String id = newRelationship();
        var read = call(Actor.MANAGER, get("/api/v1/relationships/" + id));
        String etag = read.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + json(read).get("version").asLong() + "\"");

        var moved = postJson(Actor.MANAGER, "/api/v1/relationships/" + id + "/stage",
                "{\"stage\": \"CONTACTED\", \"reason\": \"Letter sent\"}", "If-Match", etag);
        assertThat(moved.getStatus()).isEqualTo(200);
        assertThat(moved.getHeader("ETag")).isNotEqualTo(etag);

        var stale = postJson(Actor.ADMIN, "/api/v1/relationships/" + id + "/stage",
                "{\"stage\": \"ENGAGED\"}", "If-Match", etag);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");
        assertThat(json(stale).get("status").asInt()).isEqualTo(409);

        var history = json(call(Actor.MANAGER, get("/api/v1/relationships/" + id + "/history"))).get("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("from").asString()).isEqualTo("PROSPECT");
        assertThat(history.get(1).get("by").asString()).isEqualTo(signedIn.user(Actor.MANAGER).id().toString());
    }

    @Test
    void rulesOfTheStagesAnswer422WithTheirCode() throws Exception {
        String id = newRelationship();
        long version = json(call(Actor.MANAGER, get("/api/v1/relationships/" + id))).get("version").asLong();
        var same = postJson(Actor.MANAGER, "/api/v1/relationships/" + id + "/stage",
                "{\"stage\": \"PROSPECT\", \"version\": " + version + "}");
        assertThat(same.getStatus()).isEqualTo(422);
        assertThat(json(same).get("code").asString()).isEqualTo("relationship-same-stage");
        var early = postJson(Actor.MANAGER, "/api/v1/relationships/" + id + "/stage",
                "{\"stage\": \"AGREEMENT\", \"version\": " + version + "}");
        assertThat(json(early).get("code").asString()).isEqualTo("relationship-agreement-too-early");
        var noVersion = postJson(Actor.MANAGER, "/api/v1/relationships/" + id + "/stage", "{\"stage\": \"CONTACTED\"}");
        assertThat(noVersion.getStatus()).isEqualTo(422);
        var noStage = postJson(Actor.MANAGER, "/api/v1/relationships/" + id + "/stage", "{\"version\": " + version + "}");
        assertThat(noStage.getStatus()).isEqualTo(422);
        assertThat(json(noStage).get("errors").get(0).get("field").asString()).isEqualTo("stage");
    }

    @Test
    void refusesASecondRelationshipWithTheSameOrganization() throws Exception {
        var org = asSystem(() -> directory.register(organization("Twice"))).id();
        assertThat(postJson(Actor.MANAGER, "/api/v1/relationships", "{\"organization\": \"" + org + "\"}").getStatus())
                .isEqualTo(201);
        var again = postJson(Actor.ADMIN, "/api/v1/relationships", "{\"organization\": \"" + org + "\"}");
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(json(again).get("code").asString()).isEqualTo("relationship-exists");
        var unknown = postJson(Actor.MANAGER, "/api/v1/relationships", "{\"organization\": \"" + UUID.randomUUID() + "\"}");
        assertThat(unknown.getStatus()).isEqualTo(404);
    }

    @Test
    void aPartnerFindsNothingOfRelationships() throws Exception {
        String id = newRelationship();
        for (var request : List.of(get("/api/v1/relationships/" + id), get("/api/v1/relationships"),
                get("/api/v1/coverage"), get("/api/v1/relationships/" + id + "/history"),
                get("/api/v1/relationships/" + id + "/strength"))) {
            var response = call(Actor.PARTNER, request);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(json(response).get("code").asString()).isEqualTo("not-found");
        }
        var unknown = call(Actor.MANAGER, get("/api/v1/relationships/" + UUID.randomUUID()));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void strengthComesWithReasonsInTheCallersLanguage() throws Exception {
        var torch = relationshipOf("Torch technopark of Tsinghua University").get("id").asString();
        var strength = json(call(Actor.MANAGER, get("/api/v1/relationships/" + torch + "/strength")
                .header("Accept-Language", "ru")));
        assertThat(strength.get("score").asInt()).isBetween(0, 100);
        assertThat(strength.get("reasons").valueStream().map(r -> r.get("key").asString()))
                .contains("relationships.strength.agreements");
        assertThat(strength.get("reasons").valueStream().map(r -> r.get("text").asString()))
                .anySatisfy(text -> assertThat(text).startsWith("Действующих соглашений: 1"));
    }

    /**
     * The story's path: the hub met Keidanren during the Tokyo visit (an engagement of the demo, which
     * reaches relationships through EngagementLogged after its commit: the test waits for it), and
     * Toshiba is a member of Keidanren (a relation of the directory).
     */
    @Test
    void introducesTheHubToToshibaThroughTheMeetingAtKeidanren() throws Exception {
        UUID toshiba = demo("Toshiba");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var paths = json(call(Actor.MANAGER, get("/api/v1/relationships/paths").param("to", toshiba.toString())))
                    .get("items");
            assertThat(paths.size()).isGreaterThanOrEqualTo(1);
            var steps = paths.get(0).get("steps");
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0).get("from").get("name").asString()).isEqualTo("Skolkovo Foundation");
            assertThat(steps.get(0).get("to").get("name").asString()).isEqualTo("Keidanren");
            assertThat(steps.get(0).get("kind").asString()).isEqualTo("engagement");
            assertThat(steps.get(0).get("link").asString()).isEqualTo("Skolkovo Foundation Meeting Keidanren");
            assertThat(steps.get(0).get("since").asString()).isEqualTo("2012-04-26");
            assertThat(steps.get(1).get("to").get("name").asString()).isEqualTo("Toshiba");
            // the link reads in the caller's language; its type stays the code
            assertThat(steps.get(1).get("link").asString()).isEqualTo("Toshiba is a member of Keidanren");
            assertThat(steps.get(1).get("type").asString()).isEqualTo("MEMBER_OF");
        });
    }

    @Test
    void aMeetingLoggedWithNecBecomesItsLastContact() throws Exception {
        UUID nec = demo("NEC");
        var day = java.time.LocalDate.now().minusDays(3);
        ViewerContext.run(signedIn.user(Actor.MANAGER).viewer(), () -> engagements.create(new EngagementDraft(
                EngagementKind.MEETING, "Meeting with NEC", Schedule.of(day.atTime(10, 0), null, "Asia/Tokyo"),
                null, "Tokyo", "JP", null, null, null, null,
                List.of(new ParticipantInput(nec, null, Side.PARTNER, null)))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(relationshipOf("NEC").get("lastContact").asString()).isEqualTo(day.toString()));
        var strength = json(call(Actor.MANAGER, get("/api/v1/relationships/" + relationshipOf("NEC").get("id").asString()
                + "/strength")));
        assertThat(strength.get("score").asInt()).isPositive();
    }

    @Test
    void chartDataCountsPartnersPerCountryTheFunnelAndEngagementsPerMonth() throws Exception {
        var charts = json(call(Actor.COMMITTEE, get("/api/v1/coverage/charts")));
        JsonNode japan = null;
        for (var country : charts.get("countries")) {
            if ("JP".equals(country.get("country").asString(""))) {
                japan = country;
            }
        }
        assertThat(japan).isNotNull();
        assertThat(japan.get("partners").asInt()).isZero();
        assertThat(japan.get("others").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(japan.get("prospectsWithoutPartner").asBoolean()).isTrue();
        assertThat(charts.get("funnel").get(0).get("stage").asString()).isEqualTo("PROSPECT");
        assertThat(charts.get("funnel").get(0).get("count").asInt()).isGreaterThanOrEqualTo(4);
        JsonNode april = null;
        for (var month : charts.get("engagementsPerMonth")) {
            if ("2012-04".equals(month.get("month").asString())) {
                april = month;
            }
        }
        assertThat(april).as("the forum and the Tokyo visit with its meetings").isNotNull();
        assertThat(april.get("count").asLong()).isGreaterThanOrEqualTo(2);
        var range = json(call(Actor.COMMITTEE, get("/api/v1/coverage/charts").param("from", "2012-04")
                .param("to", "2012-04"))).get("engagementsPerMonth");
        assertThat(range).hasSize(1);
        assertThat(range.get(0).get("count").asLong()).isEqualTo(april.get("count").asLong());
        assertThat(call(Actor.PARTNER, get("/api/v1/coverage/charts")).getStatus()).isEqualTo(404);
    }

    @Test
    void meetingAHeadOfThePartnerWeighsMoreThanTheWorkingLevel() throws Exception {
        var org = asSystem(() -> directory.register(organization("Seniority target"))).id();
        var created = postJson(Actor.MANAGER, "/api/v1/relationships", "{\"organization\": \"" + org + "\"}");
        String id = json(created).get("id").asString();
        var director = asSystem(() -> {
            var person = directory.registerPerson(new org.liaison.directory.internal.PersonDraft(
                    List.of(new NameInput("Seniority Director " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                    null));
            directory.affiliate(new org.liaison.directory.internal.AffiliationDraft(person.id(), org,
                    "Director of research", null, null));
            return person.id();
        });
        var day = java.time.LocalDate.now().minusDays(2);
        ViewerContext.run(signedIn.user(Actor.MANAGER).viewer(), () -> engagements.create(new EngagementDraft(
                EngagementKind.MEETING, "Meeting the director", Schedule.of(day.atTime(10, 0), null, "Europe/Berlin"),
                null, "Berlin", "DE", null, null, null, null,
                List.of(new ParticipantInput(org, null, Side.PARTNER, null),
                        new ParticipantInput(null, director, Side.PARTNER, null)))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var strength = json(call(Actor.MANAGER, get("/api/v1/relationships/" + id + "/strength")));
            JsonNode seniority = null;
            for (var reason : strength.get("reasons")) {
                if ("relationships.strength.seniority".equals(reason.get("key").asString())) {
                    seniority = reason;
                }
            }
            assertThat(seniority).as("the seniority reason of %s", strength).isNotNull();
            assertThat(seniority.get("arguments").get(0).asDouble()).isEqualTo(2.0);
            assertThat(seniority.get("points").asInt()).isPositive();
        });
    }
}
