package org.liaison.engagements.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engagements API with real users and tokens: writes, ETags, problem details and the partner's view. */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class EngagementApiIntegrationTests {

    static final String BASE = "/api/v1/engagements";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;

    String manager;
    UUID managerId;
    String committee;

    @BeforeEach
    void signIn() {
        var user = users.create(NewUser.staff(username("manager"), "Test manager", password(), Role.COOPERATION_MANAGER));
        managerId = user.id();
        manager = tokens.issue(user.id(), "engagement tests", null).secret();
        var member = users.create(NewUser.staff(username("committee"), "Test committee", password(), Role.COMMITTEE_MEMBER));
        committee = tokens.issue(member.id(), "engagement tests", null).secret();
    }

    // Writes and reads

    @Test
    void logsAnEngagementAndReadsItBackInItsTimeZoneWithAnEtag() throws Exception {
        var hitachi = organization("Hitachi test");
        var created = call(manager, post(BASE), body("MEETING", "Meeting with Hitachi", hitachi), 201);
        var id = created.json.path("id").asString();

        assertThat(created.result.getResponse().getHeader("Location")).endsWith(BASE + "/" + id);
        var etag = created.result.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        var read = call(manager, get(BASE + "/" + id), null, 200);
        assertThat(read.json.path("start").asString()).isEqualTo("2031-04-26T10:00:00+09:00");
        assertThat(read.json.path("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(read.json.path("visibility").asString()).isEqualTo("SHARED");
        assertThat(read.json.path("participants").get(0).path("name").asString()).startsWith("Hitachi test");
        assertThat(read.result.getResponse().getHeader("ETag")).isEqualTo(etag);
    }

    @Test
    void updatesWithIfMatchAndRefusesAStaleOneWithConflict() throws Exception {
        var created = call(manager, post(BASE), body("MEETING", "Meeting with NEC", organization("NEC test")), 201);
        var id = created.json.path("id").asString();
        var etag = created.result.getResponse().getHeader("ETag");

        var changed = call(manager, put(BASE + "/" + id).header("If-Match", etag),
                body("CALL", "Call with NEC", organization("NEC test")), 200);
        assertThat(changed.json.path("kind").asString()).isEqualTo("CALL");
        assertThat(changed.json.path("version").asLong()).isGreaterThan(created.json.path("version").asLong());
        assertThat(changed.result.getResponse().getHeader("ETag")).isEqualTo("\"" + changed.json.path("version").asLong() + "\"");
        call(manager, get(BASE + "/" + id), null, 200);

        var stale = call(manager, put(BASE + "/" + id).header("If-Match", etag),
                body("MEETING", "Lost update", organization("NEC test")), 409);
        assertThat(stale.json.path("code").asString()).isEqualTo("stale-version");
        call(manager, put(BASE + "/" + id), body("MEETING", "No version", organization("NEC test")), 422);

        // Adding a participant is a change too: the ETag read before it is stale afterwards.
        var current = changed.result.getResponse().getHeader("ETag");
        var added = call(manager, post(BASE + "/" + id + "/participants").header("If-Match", current),
                participant(organization("NEC partner test")), 200);
        assertThat(added.result.getResponse().getHeader("ETag")).isNotEqualTo(current);
        call(manager, post(BASE + "/" + id + "/participants").header("If-Match", current),
                participant(organization("Too late test")), 409);
    }

    @Test
    void answersProblemDetailsForEveryError() throws Exception {
        var org = organization("Problem test");
        assertThat(call(manager, get(BASE + "/" + UUID.randomUUID()), null, 404).json.path("code").asString())
                .isEqualTo("not-found");

        var badZone = body("MEETING", "Somewhere", org);
        badZone.put("timeZone", "Mars/Olympus");
        assertThat(call(manager, post(BASE), badZone, 422).json.path("code").asString()).isEqualTo("invalid-time-zone");

        var badKind = body("PICNIC", "Picnic", org);
        assertThat(call(manager, post(BASE), badKind, 422).json.path("code").asString()).isEqualTo("invalid-engagement-kind");

        var reversed = body("MEETING", "Backwards", org);
        reversed.put("end", "2031-04-26T09:00:00");
        assertThat(call(manager, post(BASE), reversed, 422).json.path("code").asString()).isEqualTo("end-before-start");

        var unknown = body("MEETING", "Nobody", UUID.randomUUID());
        assertThat(call(manager, post(BASE), unknown, 422).json.path("code").asString()).isEqualTo("unknown-organization");

        var noTitle = body("MEETING", "", org);
        var invalid = call(manager, post(BASE), noTitle, 422);
        assertThat(invalid.json.path("errors").toString()).contains("title");

        var malformed = mvc.perform(post(BASE).header("Authorization", "Bearer " + manager)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("{\"kind\": "))
                .andReturn();
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(malformed.getResponse().getContentType()).contains("application/problem+json");

        assertThat(call(committee, post(BASE), body("MEETING", "Not mine to log", org), 403).json.path("status").asInt())
                .isEqualTo(403);
    }

    // The partner's view

    @Test
    void aPartnerSeesOnlyTheEngagementsItsOrganizationTookPartInInListsAndById() throws Exception {
        var lenovo = organization("Lenovo test");
        var zte = organization("ZTE test");
        var withLenovo = call(manager, post(BASE), body("FORUM", "Forum with Lenovo", lenovo), 201).json.path("id").asString();
        var withZte = call(manager, post(BASE), body("MEETING", "Meeting with ZTE", zte), 201).json.path("id").asString();
        var partner = partnerOf(lenovo);

        var list = call(partner, get(BASE).param("size", "100"), null, 200).json;
        var ids = new ArrayList<String>();
        list.path("items").forEach(item -> ids.add(item.path("id").asString()));
        assertThat(ids).contains(withLenovo).doesNotContain(withZte);
        assertThat(list.path("total").asLong()).isEqualTo(ids.size());

        call(partner, get(BASE + "/" + withLenovo), null, 200);
        call(partner, get(BASE + "/" + withZte), null, 404);
        call(partner, get(BASE + "/" + withZte + "/meetings"), null, 404);
        call(partner, put(BASE + "/" + withLenovo).header("If-Match", "\"0\""), body("FORUM", "Taken over", lenovo), 403);

        // Once ZTE's meeting lists Lenovo too, the partner sees it.
        call(manager, post(BASE + "/" + withZte + "/participants"), participant(lenovo), 200);
        call(partner, get(BASE + "/" + withZte), null, 200);
    }

    @Test
    void filtersByKindOrganizationAndDates() throws Exception {
        var org = organization("Filter test");
        var meeting = call(manager, post(BASE), body("MEETING", "Filtered meeting", org), 201).json.path("id").asString();
        var call = body("CALL", "Filtered call", org);
        call.put("start", "2031-06-01T10:00:00");
        var phone = call(manager, post(BASE), call, 201).json.path("id").asString();

        var byOrg = ids(call(manager, get(BASE).param("organization", org.toString()), null, 200).json);
        assertThat(byOrg).containsExactlyInAnyOrder(meeting, phone);
        var calls = ids(call(manager, get(BASE).param("organization", org.toString()).param("kind", "call"), null, 200).json);
        assertThat(calls).containsExactly(phone);
        var april = ids(call(manager, get(BASE).param("organization", org.toString()).param("from", "2031-04-01")
                .param("to", "2031-04-30"), null, 200).json);
        assertThat(april).containsExactly(meeting);
    }

    // Meetings and follow-ups

    @Test
    void aVisitHoldsItsMeetingsAndAMeetingHoldsNone() throws Exception {
        var keidanren = organization("Keidanren test");
        var visit = call(manager, post(BASE), body("VISIT", "Visit to Tokyo", keidanren), 201).json.path("id").asString();
        var meeting = body("MEETING", "Meeting at Keidanren", keidanren);
        meeting.put("parent", visit);
        var child = call(manager, post(BASE), meeting, 201).json.path("id").asString();

        assertThat(ids(call(manager, get(BASE + "/" + visit + "/meetings"), null, 200).json)).containsExactly(child);
        var grandChild = body("MEETING", "Inside a meeting", keidanren);
        grandChild.put("parent", child);
        assertThat(call(manager, post(BASE), grandChild, 422).json.path("code").asString()).isEqualTo("parent-not-container");
    }

    @Test
    void followUpsAppearOnMyAgendaUntilDone() throws Exception {
        var id = call(manager, post(BASE), body("MEETING", "Meeting with Toshiba", organization("Toshiba test")), 201)
                .json.path("id").asString();
        var task = Map.<String, Object>of("title", "Send Toshiba a proposal", "dueDate", "2031-05-01");
        var followUp = call(manager, post(BASE + "/" + id + "/follow-ups"), task, 201).json;
        assertThat(followUp.path("owner").asString()).isEqualTo(managerId.toString());
        assertThat(followUp.path("done").asBoolean()).isFalse();

        var agenda = call(manager, get("/api/v1/me/follow-ups"), null, 200).json;
        assertThat(agenda.path("followUps").toString()).contains("Send Toshiba a proposal");
        assertThat(call(manager, get(BASE + "/" + id + "/follow-ups"), null, 200).json.path("items")).hasSize(1);

        call(committee, post("/api/v1/follow-ups/" + followUp.path("id").asString() + "/done"), null, 403);
        var done = call(manager, post("/api/v1/follow-ups/" + followUp.path("id").asString() + "/done"), null, 200).json;
        assertThat(done.path("done").asBoolean()).isTrue();
        assertThat(done.path("doneAt").isNull()).isFalse();
        assertThat(call(manager, get("/api/v1/me/follow-ups"), null, 200).json.path("followUps").toString())
                .doesNotContain("Send Toshiba a proposal");
        call(manager, post("/api/v1/follow-ups/" + UUID.randomUUID() + "/done"), null, 404);
    }

    @Test
    void documentsTheEngagementsApiAndTheCalendarFeedInOpenApi() throws Exception {
        var doc = call(manager, get("/v3/api-docs"), null, 200).json.path("paths");

        assertThat(doc.has(BASE)).isTrue();
        assertThat(doc.has(BASE + "/{id}/follow-ups")).isTrue();
        assertThat(doc.has("/api/v1/follow-ups/{id}/done")).isTrue();
        assertThat(doc.has("/api/v1/me/calendar")).isTrue();
        assertThat(doc.has("/calendar/{token}.ics")).isTrue();
    }

    // Helpers

    record Answer(MvcResult result, JsonNode json) {}

    Answer call(String token, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
        request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        var text = result.getResponse().getContentAsString();
        return new Answer(result, text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text));
    }

    static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    static Map<String, Object> body(String kind, String title, UUID organization) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("start", "2031-04-26T10:00:00");
        body.put("timeZone", "Asia/Tokyo");
        body.put("city", "Tokyo");
        body.put("country", "JP");
        body.put("participants", List.of(participant(organization)));
        return body;
    }

    static Map<String, Object> participant(UUID organization) {
        return Map.of("organization", organization.toString(), "side", "PARTNER");
    }

    UUID organization(String name) {
        return ViewerContext.call(Viewer.system("engagement tests"), () -> directory.register(new OrganizationDraft(
                OrganizationKind.CORPORATION, List.of(new NameInput(unique(name), "en", true)), List.of(), "JP", null,
                null, null, Set.of())).id());
    }

    String partnerOf(UUID organization) {
        var user = users.create(NewUser.partner(username("partner"), "Test partner", password(), organization));
        return tokens.issue(user.id(), "engagement tests", null).secret();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String password() {
        return "engagement-test-" + UUID.randomUUID();
    }
}
