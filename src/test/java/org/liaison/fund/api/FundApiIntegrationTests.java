package org.liaison.fund.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funds' API as every role: who sees a fund, its deals, votes and ledger (404 where a record's
 * existence is not to be revealed, 403 where the fund is visible but the list is not), votes and
 * decisions, the ledger's postings and reversals, and the rates' CSV import.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundApiIntegrationTests {

    static final String BASE = "/api/v1/funds";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired ApiTokenService tokens;
    @Autowired DirectoryService directory;
    @Autowired FundService funds;
    @Autowired DealService deals;
    @Autowired LedgerService ledger;

    SignedIn signedIn;
    FundFixtures fixtures;
    String fundManager;
    UUID fundManagerId;
    /** The partner's organization sponsors this fund. */
    FundFixtures.Made sponsored;
    /** ...and not this one. */
    FundFixtures.Made other;

    @BeforeAll
    void setUp() {
        fixtures = new FundFixtures(directory, funds, deals, ledger);
        var partnerOrganization = fixtures.organization("Fund API partner", "RU");
        signedIn = new SignedIn(mvc, users, tokens, "fundapi", partnerOrganization);
        var manager = users.createIfAbsent(NewUser.staff("fundapi-fund-manager", "Fund manager", Actor.PASSWORD, Role.COOPERATION_MANAGER));
        fundManagerId = manager.id();
        fundManager = tokens.issue(manager.id(), "fund tests", null).secret();
        var committee = Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).id();
        sponsored = fixtures.fund(partnerOrganization, Set.of(fundManagerId), Set.of(committee), DealStage.COMMITTEE);
        other = fixtures.fund(null, Set.of(fundManagerId), Set.of(committee), DealStage.SCREENING);
    }

    @Test
    void aFundIsSeenByStaffAndByItsSponsorsPartnersOnly() throws Exception {
        expect(fund(sponsored), 401, 200, 200, 200, 200);
        expect(fund(other), 401, 404, 200, 200, 200);
        var list = call(Actor.PARTNER, get(BASE), 200);
        var ids = new ArrayList<String>();
        list.path("items").forEach(f -> ids.add(f.path("id").asString()));
        assertThat(ids).contains(sponsored.fund().toString()).doesNotContain(other.fund().toString());
        var asPartner = call(Actor.PARTNER, get(fund(sponsored)), 200);
        assertThat(asPartner.path("insider").asBoolean()).isFalse();
        assertThat(asPartner.path("commitments")).hasSize(1);
        assertThat(asPartner.path("commitments").get(0).path("sponsor").asString()).isEqualTo(signedIn.partnerOrganization().toString());
        var asManager = call(Actor.MANAGER, get(fund(sponsored)), 200);
        assertThat(asManager.path("commitments")).hasSize(2);
    }

    @Test
    void aDealIsNotFoundForAnyoneButTheCommitteeAndTheFundsManagers() throws Exception {
        String deal = fund(sponsored) + "/deals/" + sponsored.deal();
        expect(deal, 401, 404, 404, 200, 200);
        expect(deal + "/votes", 401, 404, 404, 200, 200);
        var problem = call(Actor.MANAGER, get(deal), 404);
        assertThat(problem.path("code").asString()).isEqualTo("not-found");
        assertThat(problem.toString()).doesNotContain("Test deal");
        // The deal of a fund the partner does not even see: 404 as well.
        expect(fund(other) + "/deals/" + other.deal(), 401, 404, 404, 200, 200);
        // The lists of a fund one sees: 403 for those who see the fund but not its deals.
        expect(fund(sponsored) + "/deals", 401, 403, 403, 200, 200);
        assertThat(call(null, get(deal), 200).path("title").asString()).isEqualTo("Test deal");
        // A deal id under another fund is not found either.
        call(Actor.ADMIN, get(fund(other) + "/deals/" + sponsored.deal()), 404);
    }

    @Test
    void aSponsorsPartnerSeesOnlyItsOwnCommitmentsAndCalls() throws Exception {
        FundFixtures.system(() -> ledger.post(sponsored.fund(), new org.liaison.fund.core.EntryDraft(
                org.liaison.fund.core.EntryKind.COMMITMENT, java.time.LocalDate.of(2030, 2, 1),
                org.liaison.fund.core.Money.of("500", "USD"), sponsored.otherSponsor(), null, "other sponsor")));
        FundFixtures.system(() -> ledger.post(sponsored.fund(), new org.liaison.fund.core.EntryDraft(
                org.liaison.fund.core.EntryKind.FEE, java.time.LocalDate.of(2030, 2, 1),
                org.liaison.fund.core.Money.of("5", "USD"), null, null, "fee")));
        expect(fund(sponsored) + "/ledger", 401, 200, 403, 200, 200);
        var own = call(Actor.PARTNER, get(fund(sponsored) + "/ledger"), 200).path("items");
        assertThat(own).isNotEmpty();
        own.forEach(e -> {
            assertThat(e.path("sponsor").asString()).isEqualTo(signedIn.partnerOrganization().toString());
            assertThat(e.path("kind").asString()).isIn("COMMITMENT", "CAPITAL_CALL");
        });
        assertThat(call(Actor.COMMITTEE, get(fund(sponsored) + "/ledger"), 200).path("items").size()).isGreaterThan(own.size());
        // Aggregate figures for the staff; nothing of it for partners.
        expect(fund(sponsored) + "/reports/portfolio", 401, 403, 200, 200, 200);
        expect(fund(sponsored) + "/reports/balances", 401, 403, 403, 200, 200);
    }

    @Test
    void theCommitteeVotesOnceEachAndTheClosedDecisionIsFinal() throws Exception {
        var made = fixtures.fund(null, Set.of(fundManagerId), Set.of(Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).id()), DealStage.COMMITTEE);
        String votes = fund(made) + "/deals/" + made.deal() + "/votes";
        var rules = call(null, put(fund(made) + "/rules").contentType(MediaType.APPLICATION_JSON)
                .content("{\"quorum\": 1, \"majorityNumerator\": 1, \"majorityDenominator\": 2, \"version\": " + made.fundVersion() + "}"), 200);
        assertThat(rules.path("quorum").asInt()).isEqualTo(1);
        // Not a committee member of this fund: the manager does not even see the deal.
        call(Actor.MANAGER, jsonPost(votes, "{\"choice\": \"FOR\"}"), 404);
        // A fund manager sees the deal but is not on the committee.
        call(null, jsonPost(votes, "{\"choice\": \"FOR\"}"), 403);
        var cast = call(Actor.COMMITTEE, jsonPost(votes, "{\"choice\": \"FOR\", \"comment\": \"Strong team\"}"), 201);
        assertThat(cast.path("votes")).hasSize(1);
        assertThat(cast.path("tally").path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(call(Actor.COMMITTEE, jsonPost(votes, "{\"choice\": \"AGAINST\"}"), 422).path("code").asString()).isEqualTo("already-voted");
        call(Actor.COMMITTEE, post(fund(made) + "/deals/" + made.deal() + "/decision"), 403);
        var closed = call(null, post(fund(made) + "/deals/" + made.deal() + "/decision"), 200);
        assertThat(closed.path("decision").path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(closed.path("stage").asString()).isEqualTo("APPROVED");
        assertThat(call(Actor.COMMITTEE, jsonPost(fund(made) + "/deals/" + made.deal() + "/conflicts", "{\"reason\": \"late\"}"), 422)
                .path("code").asString()).isIn("decision-closed", "deal-not-at-committee");
        call(null, post(fund(made) + "/deals/" + made.deal() + "/decision"), 422);
        var deal = call(null, get(fund(made) + "/deals/" + made.deal()), 200);
        assertThat(deal.path("moves").get(deal.path("moves").size() - 1).path("reason").asString()).startsWith("Committee decision: 1 for");
    }

    @Test
    void aConflictOfInterestExcludesTheMember() throws Exception {
        var made = fixtures.fund(null, Set.of(fundManagerId), Set.of(Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).id()), DealStage.COMMITTEE);
        String deal = fund(made) + "/deals/" + made.deal();
        var declared = call(Actor.COMMITTEE, jsonPost(deal + "/conflicts", "{\"reason\": \"I advise the applicant\"}"), 200);
        assertThat(declared.path("conflicts")).hasSize(1);
        assertThat(declared.path("tally").path("excluded").asInt()).isEqualTo(1);
        assertThat(call(Actor.COMMITTEE, jsonPost(deal + "/votes", "{\"choice\": \"FOR\"}"), 422).path("code").asString())
                .isEqualTo("conflict-of-interest");
        var closed = call(null, post(deal + "/decision"), 200);
        assertThat(closed.path("decision").path("outcome").asString()).isEqualTo("NO_QUORUM");
        assertThat(closed.path("stage").asString()).isEqualTo("COMMITTEE");
    }

    @Test
    void postsConvertsAndReversesOnceWithProblemDetails() throws Exception {
        var made = fixtures.fund(null, Set.of(fundManagerId), Set.of(), DealStage.SCREENING);
        String entries = fund(made) + "/ledger";
        var noRate = call(null, jsonPost(entries, "{\"kind\": \"FEE\", \"date\": \"1990-01-01\", \"amount\": \"100\", \"currency\": \"KZT\"}"), 422);
        assertThat(noRate.path("code").asString()).isEqualTo("no-rate");
        assertThat(call(null, jsonPost(entries, "{\"kind\": \"FEE\", \"date\": \"2030-01-01\", \"amount\": \"1.005\", \"currency\": \"USD\"}"), 422)
                .path("code").asString()).isEqualTo("too-many-decimals");
        call(Actor.ADMIN, jsonPost(BASE + "/rates", "{\"base\": \"USD\", \"quote\": \"KZT\", \"date\": \"1990-01-01\", \"rate\": \"150.5\"}"), 201);
        var posted = call(null, jsonPost(entries, "{\"kind\": \"FEE\", \"date\": \"1990-03-01\", \"amount\": \"301\", \"currency\": \"KZT\", \"memo\": \"audit\"}"), 201);
        assertThat(posted.path("baseAmount").path("amount").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(posted.path("rateDate").asString()).isEqualTo("1990-01-01");
        call(Actor.MANAGER, jsonPost(entries, "{\"kind\": \"FEE\", \"date\": \"2030-01-01\", \"amount\": \"1\", \"currency\": \"USD\"}"), 403);
        String reversal = entries + "/" + posted.path("id").asString() + "/reversal";
        var reversed = call(null, jsonPost(reversal, "{\"reason\": \"wrong fund\"}"), 201);
        assertThat(reversed.path("amount").path("amount").decimalValue()).isEqualByComparingTo("-301");
        assertThat(call(null, jsonPost(reversal, "{\"reason\": \"again\"}"), 422).path("code").asString()).isEqualTo("already-reversed");
        var balances = call(null, get(fund(made) + "/reports/balances"), 200);
        assertThat(balances.path("fund").path("byKind").path("FEE").decimalValue()).isEqualByComparingTo("0");
        var portfolio = call(null, get(fund(made) + "/reports/portfolio?currency=KZT&asOf=2031-01-01"), 200);
        assertThat(portfolio.path("reportingCurrency").asString()).isEqualTo("KZT");
        assertThat(portfolio.path("rateDate").asString()).isEqualTo("1990-01-01");
        assertThat(portfolio.path("committed").decimalValue()).isEqualByComparingTo("150500.00");
    }

    @Test
    void importsRatesFromCsvReportingBadRowsAndKeepingGoodOnes() throws Exception {
        String csv = "date,base,quote,rate\n2031-05-01,USD,RUB,90.25\n2031-05-02,USD,XYZ,1\nnot-a-date,USD,RUB,1\n"
                + "2031-05-03,USD,RUB,-1\n2031-05-04,EUR,RUB,99.5\n2031-05-01,USD,RUB,90.25\n";
        var result = call(Actor.ADMIN, post(BASE + "/rates/import").contentType("text/csv").content(csv), 200);
        assertThat(result.path("added").asInt()).isEqualTo(2);
        assertThat(result.path("unchanged").asInt()).isEqualTo(1);
        var lines = new ArrayList<Long>();
        result.path("errors").forEach(e -> lines.add(e.path("line").asLong()));
        assertThat(lines).containsExactly(3L, 4L, 5L);
        call(Actor.PARTNER, post(BASE + "/rates/import").contentType("text/csv").content(csv), 403);
        var rates = call(Actor.MANAGER, get(BASE + "/rates"), 200).path("items");
        var found = new ArrayList<String>();
        rates.forEach(r -> found.add(r.path("date").asString() + " " + r.path("base").asString() + "/" + r.path("quote").asString()));
        assertThat(found).contains("2031-05-01 USD/RUB", "2031-05-04 EUR/RUB").doesNotContain("2031-05-03 USD/RUB");
    }

    @Test
    void aFundNeedsSponsorsFromTwoCountries() throws Exception {
        var a = fixtures.organization("One country A", "RU");
        var b = fixtures.organization("One country B", "RU");
        var refused = call(Actor.MANAGER, jsonPost(BASE, "{\"name\": \"Single country " + UUID.randomUUID() + "\", \"baseCurrency\": \"USD\", "
                + "\"sponsors\": [{\"organization\": \"" + a + "\", \"country\": \"RU\"}, {\"organization\": \"" + b + "\", \"country\": \"RU\"}]}"), 422);
        assertThat(refused.path("code").asString()).isEqualTo("sponsors-from-two-countries");
        var made = call(Actor.MANAGER, jsonPost(BASE, "{\"name\": \"Two countries " + UUID.randomUUID() + "\", \"baseCurrency\": \"CNY\", "
                + "\"sponsors\": [{\"organization\": \"" + a + "\", \"country\": \"RU\"}, {\"country\": \"CN\", \"label\": \"Not yet named\"}]}"), 201);
        assertThat(made.path("status").asString()).isEqualTo("PROPOSED");
        assertThat(made.path("manager").asBoolean()).isTrue();
        call(Actor.COMMITTEE, jsonPost(BASE, "{\"name\": \"x\", \"baseCurrency\": \"USD\", \"sponsors\": [{\"country\": \"CN\", \"label\": \"x\"}]}"), 403);
    }

    // Helpers

    String fund(FundFixtures.Made made) {
        return BASE + "/" + made.fund();
    }

    MockHttpServletRequestBuilder jsonPost(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** GET as anonymous, partner, manager, committee and admin (the matrix's order), then as the fund's own manager (200). */
    void expect(String path, int... statuses) throws Exception {
        var actors = List.of(Actor.ANONYMOUS, Actor.PARTNER, Actor.MANAGER, Actor.COMMITTEE, Actor.ADMIN);
        for (int i = 0; i < statuses.length; i++) {
            var result = mvc.perform(signedIn.as(actors.get(i), get(path), true)).andReturn();
            assertThat(result.getResponse().getStatus()).as("%s GET %s", actors.get(i), path).isEqualTo(statuses[i]);
        }
        var asFundManager = mvc.perform(get(path).header("Authorization", "Bearer " + fundManager)).andReturn();
        assertThat(asFundManager.getResponse().getStatus()).as("fund manager GET %s", path).isEqualTo(200);
    }

    /** Calls as an actor, or as the fund manager when {@code actor} is null. */
    JsonNode call(@Nullable Actor actor, MockHttpServletRequestBuilder request, int status) throws Exception {
        var signed = actor == null ? request.header("Authorization", "Bearer " + fundManager) : signedIn.as(actor, request, true);
        var result = mvc.perform(signed.with(csrf())).andReturn();
        var body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as("%s %s: %s", actor, result.getRequest().getRequestURI(), body).isEqualTo(status);
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }
}
