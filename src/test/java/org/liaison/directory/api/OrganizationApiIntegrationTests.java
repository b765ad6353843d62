package org.liaison.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liaison.directory.api.ApiFixtures.name;
import static org.liaison.directory.api.ApiFixtures.organization;
import static org.liaison.directory.api.ApiFixtures.unique;
import static org.liaison.directory.api.ApiFixtures.with;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.AccessControl;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.internal.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** The organizations API over real HTTP with real users and tokens: every answer, good or bad. */
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationApiIntegrationTests {

    static final String ORGS = "/api/v1/organizations";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    ApiClient manager;

    ApiUsers apiUsers;

    @BeforeEach
    void signIn() {
        apiUsers = new ApiUsers(users, tokens);
        manager = new ApiClient(port, apiUsers.staff(Role.COOPERATION_MANAGER));
    }

    JsonNode create(Map<String, Object> body) {
        return manager.post(ORGS, body).expect(201).json();
    }

    // Create, read, update

    @Test
    void createsAnOrganizationAndAnswersWithLocationAndEtag() {
        var english = unique("Tohoku University");
        var body = organization("university", "jp", name("東北大学", "ja", true), name(english, "en", false));
        body.put("aliases", List.of(Map.of("text", "Tohokudai", "lang", "ja-Latn")));
        body.put("city", "Sendai");
        body.put("website", "https://www.tohoku.ac.jp/");
        body.put("technologyAreas", List.of("materials", "robotics"));

        var created = manager.post(ORGS, body).expect(201);

        var json = created.json();
        var id = json.path("id").asString();
        assertThat(created.header("Location")).endsWith(ORGS + "/" + id);
        assertThat(created.etag()).isEqualTo("\"" + json.path("version").asLong() + "\"");
        assertThat(json.path("kind").asString()).isEqualTo("university");
        assertThat(json.path("country").asString()).isEqualTo("JP");
        assertThat(json.path("names").get(0).path("text").asString()).isEqualTo("東北大学");
        assertThat(json.path("names").get(0).path("lang").asString()).isEqualTo("ja");
        assertThat(json.path("names").get(0).path("primary").asBoolean()).isTrue();
        assertThat(json.path("names").get(1).path("primary").asBoolean()).isFalse();
        assertThat(json.path("aliases").get(0).path("text").asString()).isEqualTo("Tohokudai");
        assertThat(json.path("aliases").get(0).path("lang").asString()).isEqualTo("ja-Latn");
        assertThat(json.path("aliases").get(0).has("primary")).isFalse();
        assertThat(json.path("city").asString()).isEqualTo("Sendai");
        assertThat(json.path("technologyAreas").valueStream().map(JsonNode::asString)).contains("materials", "robotics");
        assertThat(json.path("mergedInto").isNull()).isTrue();
        assertThat(json.path("createdAt").asString()).isNotBlank();
        assertThat(json.path("links").path("people").asString()).isEqualTo(ORGS + "/" + id + "/people");

        var read = manager.get(ORGS + "/" + id).expect(200);
        assertThat(read.etag()).isEqualTo(created.etag());
        assertThat(read.json().path("names").get(1).path("text").asString()).isEqualTo(english);
    }

    @Test
    void acceptsTheKindsConstantNameAndWritesItsLabel() {
        var json = create(organization("INNOVATION_HUB", "RU", name(unique("Hub"), "en", true)));

        assertThat(json.path("kind").asString()).isEqualTo("innovation hub");
    }

    @Test
    void updatesWithIfMatchAndAnswersWithTheNewEtag() {
        var created = manager.post(ORGS, organization(unique("Kyoto University"))).expect(201);
        var id = created.json().path("id").asString();
        var renamed = unique("Kyoto University renamed");

        var updated = manager.put(ORGS + "/" + id,
                with(organization("research centre", "JP", name(renamed, "en", true)), "city", "Kyoto"),
                "If-Match", created.etag()).expect(200);

        assertThat(updated.etag()).isNotEqualTo(created.etag())
                .isEqualTo("\"" + updated.json().path("version").asLong() + "\"");
        assertThat(updated.json().path("version").asLong()).isGreaterThan(created.json().path("version").asLong());
        assertThat(updated.json().path("kind").asString()).isEqualTo("research centre");
        var read = manager.get(ORGS + "/" + id).expect(200).json();
        assertThat(read.path("names").get(0).path("text").asString()).isEqualTo(renamed);
        assertThat(read.path("city").asString()).isEqualTo("Kyoto");
    }

    @Test
    void takesTheVersionFromTheBodyWhenThereIsNoIfMatch() {
        var created = create(organization(unique("Osaka University")));
        var id = created.path("id").asString();
        var version = created.path("version").asLong();

        manager.put(ORGS + "/" + id, with(organization(unique("Osaka University")), "version", version)).expect(200);
        manager.put(ORGS + "/" + id, with(organization(unique("Osaka University")), "version", version))
                .problem(409, "stale-version");
    }

    @Test
    void answersNotModifiedToAMatchingIfNoneMatch() {
        var created = manager.post(ORGS, organization(unique("Nagoya University"))).expect(201);

        manager.get(ORGS + "/" + created.json().path("id").asString(), "If-None-Match", created.etag()).expect(304);
    }

    // Search and pagination

    @Test
    void searchesWithTheEngineAndAnswersWithItemsPageTotalAndFacets() {
        var marker = "Quokkatech" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            create(organization("corporation", i == 2 ? "CN" : "JP", name(marker + " Labs " + i, "en", true)));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var page = manager.get(ORGS + "?q=" + marker + "&size=2").expect(200).json();
            assertThat(page.path("total").asLong()).isEqualTo(3);
            assertThat(page.path("items")).hasSize(2);
            assertThat(page.path("page").asInt()).isZero();
            assertThat(page.path("size").asInt()).isEqualTo(2);
            assertThat(page.path("facets").path("country").path("JP").asLong()).isEqualTo(2);
            assertThat(page.path("facets").path("kind").path("corporation").asLong()).isEqualTo(3);
            assertThat(page.path("items").get(0).path("kind").asString()).isEqualTo("corporation");
        });
        var second = manager.get(ORGS + "?q=" + marker + "&size=2&page=1").expect(200).json();
        assertThat(second.path("items")).hasSize(1);
        var inChina = manager.get(ORGS + "?q=" + marker + "&country=cn&kind=corporation").expect(200).json();
        assertThat(inChina.path("total").asLong()).isEqualTo(1);
        assertThat(inChina.path("items").get(0).path("country").asString()).isEqualTo("CN");
    }

    @Test
    void refusesBadPageParametersWithProblemDetails() {
        manager.get(ORGS + "?size=0").problem(400, "invalid-parameter");
        manager.get(ORGS + "?size=101").problem(400, "invalid-parameter");
        manager.get(ORGS + "?page=-1").problem(400, "invalid-parameter");
        manager.get(ORGS + "?page=abc").problem(400, "invalid-parameter");
        manager.get(ORGS + "?size=9999999999999").problem(400, "invalid-parameter");
        manager.get(ORGS + "?country=Japan").problem(400, "invalid-parameter");
        manager.get(ORGS + "?kind=castle").problem(400, "invalid-parameter");
    }

    @Test
    void answersQuerySyntaxWithResultsOrABadRequestButNeverAServerError() {
        for (String q : List.of("/[a/", "\"unbalanced", "name:*", "a AND OR", "(", "' or 1=1 --", "~~~", "\\")) {
            var status = manager.get(ORGS + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).status();
            assertThat(status).as("q=%s", q).isIn(200, 400);
        }
    }

    // Errors

    @Test
    void answersNotFoundForAnUnknownId() {
        var problem = manager.get(ORGS + "/" + UUID.randomUUID()).problem(404, "not-found");

        assertThat(problem.path("instance").asString()).startsWith(ORGS + "/");
    }

    @Test
    void answersNotFoundForAnOrganizationThePartnerMayNotSee() {
        var own = create(organization(unique("Partner's own"))).path("id").asString();
        var other = create(organization(unique("Someone else"))).path("id").asString();
        var partner = manager.as(apiUsers.partnerOf(UUID.fromString(own)));

        partner.get(ORGS + "/" + other).problem(404, "not-found");
        partner.put(ORGS + "/" + other, organization(unique("Taken over")), "If-Match", "\"0\"").problem(404, "not-found");
        assertThat(manager.get(ORGS + "/" + other).expect(200).json().path("version").asLong()).isZero();
    }

    @Test
    void answersConflictToAStaleIfMatch() {
        var created = manager.post(ORGS, organization(unique("Hokkaido University"))).expect(201);
        var id = created.json().path("id").asString();
        var first = manager.put(ORGS + "/" + id, organization(unique("Hokkaido University")), "If-Match", created.etag())
                .expect(200);

        var problem = manager.put(ORGS + "/" + id, organization(unique("Lost update")), "If-Match", created.etag())
                .problem(409, "stale-version");

        assertThat(problem.path("currentVersion").asLong()).isEqualTo(first.json().path("version").asLong());
        assertThat(manager.get(ORGS + "/" + id).expect(200).json().path("names"))
                .isEqualTo(first.json().path("names"));
    }

    @Test
    void requiresIfMatchOrAVersionWithUnprocessableContent() {
        var id = create(organization(unique("Kyushu University"))).path("id").asString();

        manager.put(ORGS + "/" + id, organization(unique("Kyushu University"))).problem(422, "version-required");
        manager.put(ORGS + "/" + id, organization(unique("Kyushu University")), "If-Match", "\"yesterday\"")
                .problem(422, "invalid-if-match");
    }

    @Test
    void refusesInvalidBodiesWithUnprocessableContent() {
        var noNames = organization("university", "JP");
        var invalid = manager.post(ORGS, noNames).problem(422, "invalid-input");
        assertThat(invalid.path("errors").valueStream().map(e -> e.path("field").asString())).contains("names");

        manager.post(ORGS, organization("university", "XX", name(unique("Nowhere"), "en", true)))
                .problem(422, "invalid-country");
        manager.post(ORGS, organization("university", "JP", name(unique("One"), "en", true), name("二", "ja", true)))
                .problem(422, "one-primary-name");
        var badLang = manager.post(ORGS, organization("university", "JP", name(unique("Tag"), "english!", true)))
                .problem(422, "invalid-input");
        assertThat(badLang.path("errors").get(0).path("field").asString()).isEqualTo("names[0].lang");
        assertThat(badLang.path("errors").get(0).path("message").asString()).contains("en, ru, zh");
        manager.post(ORGS, organization("castle", "JP", name(unique("Castle"), "en", true))).problem(422, "invalid-kind");
        manager.post(ORGS, with(organization(unique("Site")), "website", "javascript:alert(1)"))
                .problem(422, "invalid-input");
    }

    @Test
    void refusesMalformedJsonWithBadRequest() {
        manager.send("POST", ORGS, "application/json", "{\"kind\": \"university\", \"names\": [", new String[0])
                .problem(400, "unreadable-body");
        manager.send("POST", ORGS, "application/json", "{\"kind\": \"university\", \"names\": \"Todai\"}", new String[0])
                .problem(400, "unreadable-body");
    }

    @Test
    void refusesAnotherContentTypeWithUnsupportedMediaType() {
        manager.send("POST", ORGS, "text/plain", "kind=university", new String[0]).problem(415, "unsupported-media-type");
        manager.send("POST", ORGS, "application/x-www-form-urlencoded", "kind=university", new String[0])
                .problem(415, "unsupported-media-type");
    }

    @Test
    void answersUnauthorizedWithoutAValidToken() {
        var anonymous = manager.as(null);

        anonymous.get(ORGS).problem(401, "unauthorized");
        anonymous.get(ORGS + "/" + UUID.randomUUID()).problem(401, "unauthorized");
        manager.as("not-a-token").get(ORGS).problem(401, "unauthorized");
        manager.as("not-a-token").post(ORGS, organization(unique("Anonymous"))).problem(401, "unauthorized");
        // Without a bearer token and without a session a write carries no credential at all: 401.
        anonymous.post(ORGS, organization(unique("Anonymous"))).problem(401, "unauthorized");
    }

    @Test
    void forbidsAPartnerToEditAnotherOrganizationItMaySee() {
        var own = UUID.fromString(create(organization(unique("Partner A"))).path("id").asString());
        var shared = UUID.fromString(create(organization(unique("Partner B"))).path("id").asString());
        tx.executeWithoutResult(s -> organizations.findById(shared).orElseThrow()
                .changeAccess(AccessControl.shared(shared, Set.of(own))));
        var partner = manager.as(apiUsers.partnerOf(own));
        var before = manager.get(ORGS + "/" + shared).expect(200).json();

        partner.get(ORGS + "/" + shared).expect(200);
        partner.put(ORGS + "/" + shared, organization(unique("Hijacked")), "If-Match", "\"0\"")
                .problem(403, "forbidden");
        partner.post(ORGS + "/" + shared + "/merge", Map.of("into", own.toString(), "version", 0))
                .problem(403, "forbidden");
        partner.post(ORGS, organization(unique("Partner's new organization"))).problem(403, "forbidden");

        var after = manager.get(ORGS + "/" + shared).expect(200).json();
        assertThat(after.path("names")).isEqualTo(before.path("names"));
        assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
    }

    @Test
    void letsAPartnerReadAndUpdateItsOwnOrganization() {
        var id = create(organization(unique("Torch partner"))).path("id").asString();
        var partner = manager.as(apiUsers.partnerOf(UUID.fromString(id)));
        var read = partner.get(ORGS + "/" + id).expect(200);

        var updated = partner.put(ORGS + "/" + id,
                with(organization("technopark", "CN", name("清华科技园 " + unique("x"), "zh", true)), "city", "Beijing"),
                "If-Match", read.etag()).expect(200);

        assertThat(updated.json().path("kind").asString()).isEqualTo("technopark");
        assertThat(updated.json().path("city").asString()).isEqualTo("Beijing");
        var listed = partner.get(ORGS + "?size=100").expect(200).json();
        assertThat(listed.path("items").valueStream().map(i -> i.path("id").asString())).containsOnly(id);
    }

    @Test
    void ignoresFieldsTheServerOwns() {
        var foreign = UUID.randomUUID().toString();
        var body = organization(unique("Mass assignment"));
        body.put("version", 42);
        body.put("id", foreign);
        body.put("version", 42);
        body.put("createdAt", "2001-01-01T00:00:00Z");
        body.put("mergedInto", foreign);
        body.put("owner", foreign);
        body.put("ownerOrganization", foreign);
        body.put("access", Map.of("visibility", "SHARED", "sharedWith", foreign, "ownerOrganization", foreign));
        body.put("visibility", "CONFIDENTIAL");

        var json = create(body);

        var id = json.path("id").asString();
        assertThat(id).isNotEqualTo(foreign);
        assertThat(json.path("version").asLong()).isLessThan(42);
        assertThat(json.path("mergedInto").isNull()).isTrue();
        assertThat(json.path("createdAt").asString()).doesNotStartWith("2001");
        assertAccessColumnsUnchanged(id);

        var put = with(body, "id", UUID.randomUUID().toString());
        put.put("version", json.path("version").asLong());
        manager.put(ORGS + "/" + id, put).expect(200);
        assertAccessColumnsUnchanged(id);
        assertThat(jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class,
                UUID.fromString(foreign))).isZero();
    }

    private void assertAccessColumnsUnchanged(String id) {
        var row = jdbc.queryForMap("select owner_organization_id, visibility, shared_with, confidential_group, merged_into "
                + "from organization where id = ?", UUID.fromString(id));
        assertThat(String.valueOf(row.get("owner_organization_id"))).isEqualTo(id);
        assertThat(row.get("visibility")).isEqualTo("INTERNAL");
        assertThat(row.get("shared_with")).isEqualTo("");
        assertThat(row.get("confidential_group")).isNull();
        assertThat(row.get("merged_into")).isNull();
    }

    // Duplicates, merge, sub-resources

    @Test
    void findsLikelyDuplicatesOfADraft() {
        var english = unique("Waseda University");
        var existing = create(organization("university", "JP", name("早稲田大学", "ja", true), name(english, "en", false)))
                .path("id").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var found = manager.post(ORGS + "/duplicates", organization("university", "JP", name(english, "en", true)))
                    .expect(200).json();
            assertThat(found.path("items").valueStream().map(i -> i.path("id").asString())).contains(existing);
        });
    }

    @Test
    void mergesAndTheMergedOrganizationAnswersWithMergedInto() {
        var survivorName = unique("Keio University");
        var duplicateName = unique("Keio Univ.");
        var survivor = create(organization(survivorName)).path("id").asString();
        var created = manager.post(ORGS, organization(duplicateName)).expect(201);
        var duplicate = created.json().path("id").asString();

        var merged = manager.post(ORGS + "/" + duplicate + "/merge", Map.of("into", survivor), "If-Match", created.etag())
                .expect(200);

        assertThat(merged.json().path("id").asString()).isEqualTo(survivor);
        assertThat(merged.json().path("aliases").valueStream().map(a -> a.path("text").asString()))
                .contains(duplicateName);
        var gone = manager.get(ORGS + "/" + duplicate).expect(200).json();
        assertThat(gone.path("mergedInto").asString()).isEqualTo(survivor);
        assertThat(gone.path("links").path("mergedInto").asString()).isEqualTo(ORGS + "/" + survivor);
        manager.post(ORGS + "/" + duplicate + "/merge", Map.of("into", survivor, "version", gone.path("version").asLong()))
                .problem(422, "already-merged");
        var survivorVersion = merged.json().path("version").asLong();
        manager.post(ORGS + "/" + survivor + "/merge", Map.of("into", survivor, "version", survivorVersion))
                .problem(422, "merge-into-itself");
        manager.post(ORGS + "/" + survivor + "/merge", Map.of("into", UUID.randomUUID(), "version", survivorVersion))
                .problem(404, "not-found");
    }

    @Test
    void listsAnOrganizationsPeopleAndRelations() {
        var org = create(organization(unique("Tokyo Institute"))).path("id").asString();
        var parent = create(organization(unique("Tokyo Parent"))).path("id").asString();
        var person = manager.post("/api/v1/people", ApiFixtures.person(unique("Taro Yamada"), "en")).expect(201)
                .json().path("id").asString();
        manager.post("/api/v1/affiliations", Map.of("person", person, "organization", org, "role", "Director"))
                .expect(201);
        manager.post("/api/v1/relations", Map.of("from", org, "type", "PART_OF", "to", parent)).expect(201);

        var people = manager.get(ORGS + "/" + org + "/people").expect(200).json();
        assertThat(people.path("items").get(0).path("person").asString()).isEqualTo(person);
        assertThat(people.path("items").get(0).path("role").asString()).isEqualTo("Director");
        var relations = manager.get(ORGS + "/" + parent + "/relations").expect(200).json();
        assertThat(relations.path("items").get(0).path("type").asString()).isEqualTo("PART_OF");
        assertThat(relations.path("items").get(0).path("from").asString()).isEqualTo(org);
        manager.get(ORGS + "/" + UUID.randomUUID() + "/people").problem(404, "not-found");
    }

    // OpenAPI

    @Test
    void documentsTheDirectoryApiInOpenApi() {
        var doc = manager.get("/v3/api-docs").expect(200).json();

        assertThat(doc.path("info").path("title").asString()).isEqualTo("Liaison API");
        assertThat(doc.path("components").path("securitySchemes").path("token").path("scheme").asString())
                .isEqualTo("bearer");

        assertThat(doc.path("paths").propertyNames()).contains(ORGS, ORGS + "/{id}", ORGS + "/duplicates",
                ORGS + "/{id}/merge", ORGS + "/{id}/people", ORGS + "/{id}/relations", "/api/v1/people",
                "/api/v1/people/{id}", "/api/v1/affiliations", "/api/v1/affiliations/{id}", "/api/v1/relations",
                "/api/v1/relations/{id}");
        var put = doc.path("paths").path(ORGS + "/{id}").path("put");
        assertThat(put.path("summary").asString()).isNotBlank();
        assertThat(put.path("responses").propertyNames()).contains("200", "403", "404", "409", "422");
        assertThat(put.path("tags").get(0).asString()).isEqualTo("Organizations");
    }
}
