package org.liaison.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.directory.api.ApiFixtures.name;
import static org.liaison.directory.api.ApiFixtures.organization;
import static org.liaison.directory.api.ApiFixtures.person;
import static org.liaison.directory.api.ApiFixtures.unique;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** People, affiliations and relations over the API: the same versions, errors and access rules. */
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleAffiliationsRelationsApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokenService tokens;

    ApiClient manager;

    ApiUsers apiUsers;

    @BeforeEach
    void signIn() {
        apiUsers = new ApiUsers(users, tokens);
        manager = new ApiClient(port, apiUsers.staff(Role.COOPERATION_MANAGER));
    }

    String organizationId() {
        return manager.post("/api/v1/organizations", organization(unique("Org"))).expect(201).json().path("id").asString();
    }

    @Test
    void createsReadsUpdatesAndListsPeople() {
        var family = "Zzyzx" + UUID.randomUUID().toString().substring(0, 6);
        var created = manager.post("/api/v1/people", Map.of("names",
                List.of(name("Виктор " + family, "ru", true), name("Viktor " + family, "en", false)))).expect(201);
        var id = created.json().path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/people/" + id);
        assertThat(created.etag()).isEqualTo("\"" + created.json().path("version").asLong() + "\"");
        manager.post("/api/v1/people", person("Anna " + family, "en")).expect(201);

        var updated = manager.put("/api/v1/people/" + id,
                Map.of("names", List.of(name("Viktor " + family, "en", true)), "description", "Updated"),
                "If-Match", created.etag()).expect(200);
        assertThat(updated.etag()).isNotEqualTo(created.etag());
        assertThat(updated.json().path("description").asString()).isEqualTo("Updated");
        manager.put("/api/v1/people/" + id, person("Stale " + family, "en"), "If-Match", created.etag())
                .problem(409, "stale-version");

        var byName = manager.get("/api/v1/people?q=" + family.toLowerCase() + "&sort=name").expect(200).json();
        assertThat(byName.path("total").asLong()).isEqualTo(2);
        assertThat(names(byName)).containsExactly("Anna " + family, "Viktor " + family);
        var reversed = manager.get("/api/v1/people?q=" + family + "&sort=-name&size=1").expect(200).json();
        assertThat(names(reversed)).containsExactly("Viktor " + family);
        assertThat(reversed.path("total").asLong()).isEqualTo(2);
    }

    private static List<String> names(JsonNode page) {
        return page.path("items").valueStream().map(i -> i.path("name").asString()).toList();
    }

    @Test
    void refusesBadPeopleParametersAndBodies() {
        manager.get("/api/v1/people?sort=password").problem(400, "invalid-parameter");
        manager.get("/api/v1/people?sort=name%3Bdrop%20table%20person").problem(400, "invalid-parameter");
        manager.get("/api/v1/people?size=1000").problem(400, "invalid-parameter");
        manager.get("/api/v1/people?q=%25_%21").expect(200);
        manager.post("/api/v1/people", Map.of("names", List.of())).problem(422, "invalid-input");
        manager.post("/api/v1/people", Map.of("names", List.of(name("A", "en", true), name("Б", "ru", true))))
                .problem(422, "one-primary-name");
        manager.get("/api/v1/people/" + UUID.randomUUID()).problem(404, "not-found");
    }

    @Test
    void affiliationsHaveVersionsAndAreDeletedWithIfMatch() {
        var org = organizationId();
        var personId = manager.post("/api/v1/people", person(unique("Li"), "en")).expect(201).json().path("id").asString();

        var created = manager.post("/api/v1/affiliations",
                Map.of("person", personId, "organization", org, "role", "Vice-Premier", "from", "2008-03-17")).expect(201);
        var id = created.json().path("id").asString();
        assertThat(created.json().path("from").asString()).isEqualTo("2008-03-17");
        manager.get("/api/v1/affiliations/" + id).expect(200);

        var changed = manager.put("/api/v1/affiliations/" + id,
                Map.of("person", personId, "organization", org, "role", "Premier"), "If-Match", created.etag()).expect(200);
        assertThat(changed.json().path("role").asString()).isEqualTo("Premier");
        manager.put("/api/v1/affiliations/" + id,
                Map.of("person", personId, "organization", organizationId(), "version", changed.json().path("version").asLong()))
                .problem(422, "affiliation-ends-fixed");
        manager.post("/api/v1/affiliations",
                Map.of("person", personId, "organization", org, "from", "2012-05-01", "to", "2012-04-01"))
                .problem(422, "period-reversed");
        manager.post("/api/v1/affiliations", Map.of("person", personId, "organization", UUID.randomUUID()))
                .problem(404, "not-found");

        manager.delete("/api/v1/affiliations/" + id).problem(422, "version-required");
        manager.delete("/api/v1/affiliations/" + id, "If-Match", created.etag()).problem(409, "stale-version");
        manager.delete("/api/v1/affiliations/" + id, "If-Match", changed.etag()).expect(204);
        manager.get("/api/v1/affiliations/" + id).problem(404, "not-found");
        var person = manager.get("/api/v1/people/" + personId).expect(200).json();
        assertThat(person.path("affiliations")).isEmpty();
    }

    @Test
    void relationsHaveVersionsAndKeepTheirEnds() {
        var member = organizationId();
        var association = organizationId();

        var created = manager.post("/api/v1/relations", Map.of("from", member, "type", "MEMBER_OF", "to", association,
                "note", "Member since 2012")).expect(201);
        var id = created.json().path("id").asString();
        assertThat(created.json().path("type").asString()).isEqualTo("MEMBER_OF");

        var changed = manager.put("/api/v1/relations/" + id, Map.of("from", member, "type", "MEMBER_OF", "to",
                association, "validFrom", "2012-04-26"), "If-Match", created.etag()).expect(200);
        manager.put("/api/v1/relations/" + id, Map.of("from", member, "type", "PARTNER_OF", "to", association,
                "version", changed.json().path("version").asLong())).problem(422, "relation-ends-fixed");
        manager.post("/api/v1/relations", Map.of("from", member, "type", "MEMBER_OF", "to", member))
                .problem(422, "relation-to-itself");
        manager.post("/api/v1/relations", Map.of("from", member, "type", "FRIEND_OF", "to", association))
                .problem(400, "unreadable-body");
        assertThat(manager.get("/api/v1/relations/" + id).expect(200).json().path("validFrom").asString())
                .isEqualTo("2012-04-26");
        manager.delete("/api/v1/relations/" + id, "If-Match", changed.etag()).expect(204);
        manager.get("/api/v1/relations/" + id).problem(404, "not-found");
    }

    @Test
    void partnersReadOnlyWhatTheirOrganizationOwnsAndChangeNoLinks() {
        var own = organizationId();
        var other = organizationId();
        var personId = manager.post("/api/v1/people", person(unique("Staff only"), "en")).expect(201).json()
                .path("id").asString();
        var affiliation = manager.post("/api/v1/affiliations", Map.of("person", personId, "organization", other))
                .expect(201).json().path("id").asString();
        var relation = manager.post("/api/v1/relations", Map.of("from", own, "type", "PARTNER_OF", "to", other))
                .expect(201).json().path("id").asString();
        var partner = manager.as(apiUsers.partnerOf(UUID.fromString(own)));

        partner.get("/api/v1/people/" + personId).problem(404, "not-found");
        assertThat(partner.get("/api/v1/people?size=100").expect(200).json().path("total").asLong()).isZero();
        partner.get("/api/v1/affiliations/" + affiliation).problem(404, "not-found");
        partner.get("/api/v1/relations/" + relation).problem(404, "not-found");
        assertThat(partner.get("/api/v1/organizations/" + own + "/relations").expect(200).json().path("items")).isEmpty();
        partner.post("/api/v1/people", person(unique("Invented"), "en")).problem(403, "forbidden");
        partner.post("/api/v1/relations", Map.of("from", own, "type", "MEMBER_OF", "to", other)).problem(403, "forbidden");
        partner.delete("/api/v1/relations/" + relation, "If-Match", "\"0\"").problem(403, "forbidden");
        partner.delete("/api/v1/affiliations/" + affiliation, "If-Match", "\"0\"").problem(403, "forbidden");
        manager.get("/api/v1/relations/" + relation).expect(200);
        manager.get("/api/v1/affiliations/" + affiliation).expect(200);
    }
}
