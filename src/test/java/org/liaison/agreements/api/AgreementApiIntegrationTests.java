package org.liaison.agreements.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
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
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.documents.SampleFiles;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agreements API with real users and tokens: lifecycle, problem details, partner limits, documents. */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class AgreementApiIntegrationTests {

    static final String BASE = "/api/v1/agreements";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Viewer SYSTEM = Viewer.system("agreement api tests");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    Relationships relationships;

    String manager;
    String committee;
    UUID hub;
    UUID partner;

    @BeforeEach
    void signIn() {
        var user = users.create(NewUser.staff(username("manager"), "Test manager", password(), Role.COOPERATION_MANAGER));
        manager = tokens.issue(user.id(), "agreement tests", null).secret();
        var member = users.create(NewUser.staff(username("committee"), "Test committee", password(), Role.COMMITTEE_MEMBER));
        committee = tokens.issue(member.id(), "agreement tests", null).secret();
        hub = organization("Hub test", "RU");
        partner = organization("Technopark test", "CN");
    }

    @Test
    void signingADraftPublishesTheEventThatMovesTheRelationshipToAgreement() throws Exception {
        var created = call(manager, post(BASE), draft("MoU test", hub, partner), 201);
        var id = created.json.path("id").asString();
        assertThat(created.json.path("status").asString()).isEqualTo("DRAFT");
        assertThat(names(created.json.path("allowedTransitions"))).containsExactly("negotiate", "sign", "terminate");

        call(manager, post(BASE + "/" + id + "/negotiate"), null, 200);
        var signed = call(manager, post(BASE + "/" + id + "/sign"), Map.of("date", "2024-03-01"), 200);

        // signed in the past with no later effective date: it is in effect at once
        assertThat(signed.json.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(signed.json.path("signedOn").asString()).isEqualTo("2024-03-01");
        assertThat(statuses(signed.json.path("history"))).containsExactly("DRAFT", "NEGOTIATING", "SIGNED", "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                ViewerContext.call(SYSTEM, () -> relationships.stageOf(new OrganizationId(partner)))).contains(Stage.AGREEMENT));
    }

    @Test
    void anIllegalTransitionNamesTheCurrentStateAndTheAllowedOnes() throws Exception {
        var id = call(manager, post(BASE), draft("Draft test", hub, partner), 201).json.path("id").asString();

        var refused = call(manager, post(BASE + "/" + id + "/activate"), null, 422);

        assertThat(refused.result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(refused.json.path("code").asString()).isEqualTo("illegal-transition");
        assertThat(refused.json.path("currentState").asString()).isEqualTo("DRAFT");
        assertThat(refused.json.path("transition").asString()).isEqualTo("activate");
        assertThat(names(refused.json.path("allowedTransitions"))).containsExactly("negotiate", "sign", "terminate");

        call(manager, post(BASE + "/" + id + "/terminate"), null, 200);
        var afterEnd = call(manager, post(BASE + "/" + id + "/sign"), null, 422);
        assertThat(afterEnd.json.path("currentState").asString()).isEqualTo("TERMINATED");
        assertThat(afterEnd.json.path("allowedTransitions")).isEmpty();
    }

    @Test
    void renewingCreatesALinkedSuccessorThatStartsWhenTheOldOneEnds() throws Exception {
        var body = draft("Licence test", hub, partner);
        body.put("kind", "LICENCE");
        body.put("effectiveOn", "2024-01-01");
        body.put("expiresOn", "2099-12-31");
        var id = call(manager, post(BASE), body, 201).json.path("id").asString();
        call(manager, post(BASE + "/" + id + "/sign"), Map.of("date", "2023-12-15"), 200);

        var renewed = call(manager, post(BASE + "/" + id + "/renew"), null, 200);

        assertThat(renewed.json.path("status").asString()).isEqualTo("RENEWED");
        var successor = call(manager, get(BASE + "/" + renewed.json.path("successorId").asString()), null, 200).json;
        assertThat(successor.path("status").asString()).isEqualTo("DRAFT");
        assertThat(successor.path("predecessorId").asString()).isEqualTo(id);
        assertThat(successor.path("effectiveOn").asString()).isEqualTo("2100-01-01");
        assertThat(successor.path("kind").asString()).isEqualTo("LICENCE");
    }

    @Test
    void changesADraftWithTheEtagItWasReadWith() throws Exception {
        var created = call(manager, post(BASE), draft("Change test", hub, partner), 201);
        var id = created.json.path("id").asString();
        var etag = call(manager, get(BASE + "/" + id), null, 200).result.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo(created.result.getResponse().getHeader("ETag"));

        var body = draft("Changed title", hub, partner);
        body.put("kind", "NDA");
        var changed = call(manager, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(BASE + "/" + id)
                .header("If-Match", etag), body, 200);

        assertThat(changed.json.path("kind").asString()).isEqualTo("NDA");
        assertThat(changed.json.path("title").asString()).isEqualTo("Changed title");
        call(manager, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(BASE + "/" + id)
                .header("If-Match", etag), body, 409);
    }

    @Test
    void refusesFewerThanTwoPartiesAndStaleWrites() throws Exception {
        var body = draft("One party", hub, partner);
        body.put("parties", List.of(Map.of("organizationId", hub.toString(), "role", "hub")));
        call(manager, post(BASE), body, 422);

        var id = call(manager, post(BASE), draft("Stale test", hub, partner), 201).json.path("id").asString();
        call(manager, post(BASE + "/" + id + "/negotiate").header("If-Match", "\"7\""), null, 409);
        call(committee, post(BASE + "/" + id + "/sign"), null, 403);
    }

    @Test
    void aPartnerSeesOnlyItsOwnAgreementsAndMarksOnlyItsOwnMilestonesDone() throws Exception {
        var stranger = organization("Other technopark", "JP");
        var own = call(manager, post(BASE), draft("Partner's MoU", hub, partner), 201).json.path("id").asString();
        var other = call(manager, post(BASE), draft("Someone else's MoU", hub, stranger), 201).json.path("id").asString();
        var partnerSide = call(manager, post(BASE + "/" + own + "/milestones"),
                Map.of("title", "Partner's report", "ownerId", partner.toString(), "dueOn", "2031-01-01"), 201).json;
        var hubSide = call(manager, post(BASE + "/" + own + "/milestones"),
                Map.of("title", "Hub's report", "ownerId", hub.toString(), "dueOn", "2031-02-01"), 201).json;
        var otherMilestone = call(manager, post(BASE + "/" + other + "/milestones"),
                Map.of("title", "Stranger's report", "ownerId", stranger.toString(), "dueOn", "2031-01-01"), 201).json;
        call(manager, post(BASE + "/" + own + "/documents?fileName=mou.pdf").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(SampleFiles.pdf("MoU")), null, 201);
        var otherDocument = call(manager, post(BASE + "/" + other + "/documents?fileName=nda.txt")
                .contentType(MediaType.TEXT_PLAIN).content("Confidential"), null, 201).json;
        var token = partnerOf(partner);

        assertThat(ids(call(token, get(BASE), null, 200).json)).contains(own).doesNotContain(other);
        call(token, get(BASE + "/" + own), null, 200);
        call(token, get(BASE + "/" + other), null, 404);
        call(token, get(BASE + "/" + other + "/milestones"), null, 404);
        call(token, get(BASE + "/" + other + "/documents"), null, 404);
        call(token, get(BASE + "/" + other + "/documents/" + otherDocument.path("documentId").asString() + "/versions/1"), null, 404);
        call(token, post(BASE + "/" + other + "/milestones/" + otherMilestone.path("id").asString() + "/done"), null, 404);
        // through its own agreement, someone else's document is still not found
        call(token, get(BASE + "/" + own + "/documents/" + otherDocument.path("documentId").asString() + "/versions/1"), null, 404);

        var milestones = call(token, get(BASE + "/" + own + "/milestones"), null, 200).json.path("items");
        assertThat(milestones).hasSize(2);
        assertThat(call(token, get(BASE + "/" + own + "/documents"), null, 200).json.path("items")).hasSize(1);
        var done = call(token, post(BASE + "/" + own + "/milestones/" + partnerSide.path("id").asString() + "/done"), null, 200);
        assertThat(done.json.path("status").asString()).isEqualTo("DONE");
        call(token, post(BASE + "/" + own + "/milestones/" + hubSide.path("id").asString() + "/done"), null, 403);

        // nothing else: no transitions, no new milestones, no uploads
        call(token, post(BASE + "/" + own + "/sign"), null, 403);
        call(token, post(BASE + "/" + own + "/milestones"),
                Map.of("title", "Mine", "ownerId", partner.toString(), "dueOn", "2031-01-01"), 403);
        call(token, post(BASE + "/" + own + "/documents?fileName=x.txt").contentType(MediaType.TEXT_PLAIN).content("x"), null, 403);
        call(token, post(BASE), draft("Partner draft", hub, partner), 403);
    }

    @Test
    void documentsRefuseARenamedExecutableAndAnOversizeFileAndKeepVersions() throws Exception {
        var id = call(manager, post(BASE), draft("Documents test", hub, partner), 201).json.path("id").asString();

        var exe = call(manager, post(BASE + "/" + id + "/documents?fileName=signed.pdf")
                .contentType(MediaType.APPLICATION_PDF).content(SampleFiles.elfExecutable()), null, 422);
        assertThat(exe.json.path("code").asString()).isEqualTo("document-type-not-allowed");
        assertThat(exe.json.path("detail").asString()).contains("PDF");

        var big = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        var tooLarge = call(manager, post(BASE + "/" + id + "/documents?fileName=big.txt")
                .contentType(MediaType.TEXT_PLAIN).content(big), null, 413);
        assertThat(tooLarge.json.path("code").asString()).isEqualTo("too-large");

        var first = call(manager, post(BASE + "/" + id + "/documents?fileName=draft.docx")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(SampleFiles.docx("draft")), null, 201).json;
        var document = first.path("documentId").asString();
        var pdf = SampleFiles.pdf("signed text");
        call(manager, post(BASE + "/" + id + "/documents?fileName=signed.pdf&document=" + document)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(pdf), null, 201);

        var versions = call(manager, get(BASE + "/" + id + "/documents/" + document), null, 200).json.path("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).path("mediaType").asString()).isEqualTo("application/pdf");
        var download = mvc.perform(get(BASE + "/" + id + "/documents/" + document + "/versions/2")
                .header("Authorization", "Bearer " + manager)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains("attachment").contains("signed.pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
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

    static Map<String, Object> draft(String title, UUID hub, UUID partner) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "MEMORANDUM_OF_UNDERSTANDING");
        body.put("title", title);
        body.put("subject", "Cooperation of high-tech centers");
        body.put("languages", List.of("en", "zh"));
        body.put("parties", List.of(Map.of("organizationId", hub.toString(), "role", "hub"),
                Map.of("organizationId", partner.toString(), "role", "partner")));
        return body;
    }

    static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    static List<String> names(JsonNode array) {
        var names = new ArrayList<String>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    static List<String> statuses(JsonNode history) {
        var names = new ArrayList<String>();
        history.forEach(n -> names.add(n.path("to").asString()));
        return names;
    }

    UUID organization(String name, String country) {
        return ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(
                OrganizationKind.TECHNOPARK, List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), country, null, null, null, Set.of())).id());
    }

    String partnerOf(UUID organization) {
        var user = users.create(NewUser.partner(username("partner"), "Test partner", password(), organization));
        return tokens.issue(user.id(), "agreement tests", null).secret();
    }

    static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String password() {
        return "agreement-test-" + UUID.randomUUID();
    }
}
