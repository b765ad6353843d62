package org.liaison.fund.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.internal.DealService;
import org.liaison.fund.internal.FundFixtures;
import org.liaison.fund.internal.FundService;
import org.liaison.fund.internal.LedgerService;
import org.liaison.shared.RecordHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The due diligence checklist through the API: items defined per fund (added, renamed, made
 * optional, removed, with the fund's version), recorded per deal with who, when and a note, and the
 * rule that a deal goes from due diligence to the committee only when no required item is open
 * (422 naming the open items). Changes reach the audit trail.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundChecklistIntegrationTests {

    static final String BASE = "/api/v1/funds";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired ApiTokenService tokens;
    @Autowired DirectoryService directory;
    @Autowired FundService funds;
    @Autowired DealService deals;
    @Autowired LedgerService ledger;
    @Autowired RecordHistory history;

    SignedIn signedIn;
    FundFixtures fixtures;
    String fundManager;
    Set<UUID> committee;
    UUID fundManagerId;

    @BeforeAll
    void setUp() {
        fixtures = new FundFixtures(directory, funds, deals, ledger);
        signedIn = new SignedIn(mvc, users, tokens, "fundcheck", fixtures.organization("Checklist partner", "RU"));
        var manager = users.createIfAbsent(NewUser.staff("fundcheck-fund-manager", "Checklist fund manager", Actor.PASSWORD,
                Role.COOPERATION_MANAGER));
        fundManagerId = manager.id();
        fundManager = tokens.issue(manager.id(), "checklist tests", null).secret();
        committee = Set.of(Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).id());
    }

    FundFixtures.Made inDueDiligence() {
        return fixtures.fund(null, Set.of(fundManagerId), committee, DealStage.DUE_DILIGENCE);
    }

    @Test
    void aDealGoesToTheCommitteeOnlyWhenNoRequiredItemIsOpen() throws Exception {
        var made = inDueDiligence();
        String fund = BASE + "/" + made.fund();
        String deal = fund + "/deals/" + made.deal();
        var items = call(get(fund), 200).path("checklist");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).path("required").asBoolean()).isTrue();

        var refused = call(move(deal, "COMMITTEE"), 422);
        assertThat(refused.path("code").asString()).isEqualTo("due-diligence-open");
        assertThat(refused.path("detail").asString()).isEqualTo("Required items of the due diligence checklist are still open:");
        assertThat(texts(refused.path("openItems"))).containsExactly("Team and ownership", "Technology and IP", "Market",
                "Financials", "Legal and compliance");

        // "Legal and compliance" (number 4) becomes optional; the others are recorded done, one with a note.
        var version = call(get(fund), 200).path("version").asLong();
        var changed = call(json(put(fund + "/checklist/4"), "{\"item\": \"Legal and compliance\", \"required\": false, \"version\": " + version + "}"), 200);
        assertThat(changed.path("checklist").get(4).path("required").asBoolean()).isFalse();
        JsonNode view = null;
        for (int i = 0; i < 4; i++) {
            view = check(deal, i, true, i == 0 ? "Met both founders in Skolkovo" : null);
        }
        var first = Objects.requireNonNull(view).path("checklist").get(0);
        assertThat(first.path("done").asBoolean()).isTrue();
        assertThat(first.path("doneBy").asString()).isEqualTo("fundcheck-fund-manager");
        assertThat(first.path("doneAt").isNull()).isFalse();
        assertThat(first.path("note").asString()).isEqualTo("Met both founders in Skolkovo");

        // Recorded not done again: open again, and only that one holds the deal back.
        check(deal, 3, false, "The audited accounts are missing");
        var again = call(move(deal, "COMMITTEE"), 422);
        assertThat(texts(again.path("openItems"))).containsExactly("Financials");

        check(deal, 3, true, null);
        var moved = call(move(deal, "COMMITTEE"), 200);
        assertThat(moved.path("stage").asString()).isEqualTo("COMMITTEE");
        assertThat(moved.path("checklist").get(4).path("done").asBoolean()).isFalse();

        // At the committee the checklist is closed.
        var closed = call(json(post(deal + "/checklist/4"), "{\"done\": true, \"version\": " + moved.path("version").asLong() + "}"), 422);
        assertThat(closed.path("code").asString()).isEqualTo("not-in-due-diligence");
    }

    @Test
    void theChecklistIsEditedPerFundAndItsDealsFollow() throws Exception {
        var made = inDueDiligence();
        String fund = BASE + "/" + made.fund();
        String deal = fund + "/deals/" + made.deal();
        var version = call(get(fund), 200).path("version").asLong();
        var added = call(json(post(fund + "/checklist"), "{\"item\": \"Export control\", \"version\": " + version + "}"), 201);
        var items = added.path("checklist");
        assertThat(items).hasSize(6);
        assertThat(items.get(5).path("index").asInt()).isEqualTo(5);
        assertThat(items.get(5).path("required").asBoolean()).isTrue();

        // A stale version of the fund: 409 with the current version.
        var stale = call(json(post(fund + "/checklist"), "{\"item\": \"Too late\", \"version\": " + version + "}"), 409);
        assertThat(stale.path("currentVersion").asLong()).isEqualTo(added.path("version").asLong());

        // Removing item 0: the deal no longer lists it; numbers are not reused.
        var removed = call(delete(fund + "/checklist/0").param("version", String.valueOf(added.path("version").asLong())), 200);
        assertThat(texts(removed.path("checklist"), "item")).doesNotContain("Team and ownership").contains("Export control");
        var dealView = call(get(deal), 200);
        assertThat(texts(dealView.path("checklist"), "item")).containsExactly("Technology and IP", "Market", "Financials",
                "Legal and compliance", "Export control");
        var again = call(json(post(fund + "/checklist"), "{\"item\": \"Site visit\", \"required\": false, \"version\": "
                + removed.path("version").asLong() + "}"), 201);
        assertThat(again.path("checklist").get(5).path("index").asInt()).isEqualTo(6);

        // Empty labels and unknown items are refused with a rule's code.
        var empty = call(json(post(fund + "/checklist"), "{\"item\": \" \", \"version\": " + again.path("version").asLong() + "}"), 422);
        assertThat(empty.path("errors").get(0).path("field").asString()).isEqualTo("item");
        var unknown = call(json(put(fund + "/checklist/99"), "{\"item\": \"x\", \"version\": " + again.path("version").asLong() + "}"), 422);
        assertThat(unknown.path("code").asString()).isEqualTo("unknown-check");

        // Only the fund's managers edit it: a cooperation manager who is not one gets 403, a partner 404.
        String body = "{\"item\": \"x\", \"version\": " + again.path("version").asLong() + "}";
        var asOther = mvc.perform(signedIn.as(Actor.MANAGER, json(post(fund + "/checklist"), body), true).with(csrf())).andReturn();
        assertThat(asOther.getResponse().getStatus()).isEqualTo(403);
        var asPartner = mvc.perform(signedIn.as(Actor.PARTNER, json(post(fund + "/checklist"), body), true).with(csrf())).andReturn();
        assertThat(asPartner.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void changesToFundsAndDealsAreInTheAuditTrail() throws Exception {
        var made = inDueDiligence();
        String fund = BASE + "/" + made.fund();
        String deal = fund + "/deals/" + made.deal();
        var version = call(get(fund), 200).path("version").asLong();
        call(json(post(fund + "/checklist"), "{\"item\": \"Export control\", \"version\": " + version + "}"), 201);
        check(deal, 0, true, "Audited note");

        var fundHistory = history.of("fund", made.fund(), 50);
        assertThat(fundHistory).isNotEmpty();
        assertThat(fundHistory.getLast().action()).isEqualTo("CREATED");
        assertThat(fundHistory.getFirst().user()).isEqualTo("fundcheck-fund-manager");
        assertThat(fundHistory.getFirst().changes()).extracting(RecordHistory.Change::field).contains("checklist_item");
        assertThat(fundHistory.getFirst().changes()).filteredOn(c -> c.field().equals("checklist_item"))
                .allMatch(c -> Objects.requireNonNull(c.after()).contains("Export control"));

        var dealHistory = history.of("deal", made.deal(), 50);
        assertThat(dealHistory.getFirst().changes()).extracting(RecordHistory.Change::field).contains("check");
        assertThat(dealHistory).flatExtracting(RecordHistory.Entry::changes)
                .anyMatch(c -> c.field().equals("stage") && "SCREENING".equals(c.before()) && "DUE_DILIGENCE".equals(c.after()));
    }

    JsonNode check(String deal, int item, boolean done, @Nullable String note) throws Exception {
        var version = call(get(deal), 200).path("version").asLong();
        return call(json(post(deal + "/checklist/" + item), "{\"done\": " + done + ", \"note\": "
                + (note == null ? "null" : "\"" + note + "\"") + ", \"version\": " + version + "}"), 200);
    }

    MockHttpServletRequestBuilder move(String deal, String stage) throws Exception {
        var version = call(get(deal), 200).path("version").asLong();
        return json(post(deal + "/moves"), "{\"stage\": \"" + stage + "\", \"reason\": \"Checklist test\", \"version\": " + version + "}");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static List<String> texts(JsonNode array) {
        var result = new ArrayList<String>();
        array.forEach(n -> result.add(n.asString()));
        return result;
    }

    static List<String> texts(JsonNode array, String field) {
        var result = new ArrayList<String>();
        array.forEach(n -> result.add(n.path(field).asString()));
        return result;
    }

    /** Calls as the fund's manager (a personal API token). */
    JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
        var result = mvc.perform(request.header("Authorization", "Bearer " + fundManager).with(csrf())).andReturn();
        var body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as("%s: %s", result.getRequest().getRequestURI(), body).isEqualTo(status);
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }
}
