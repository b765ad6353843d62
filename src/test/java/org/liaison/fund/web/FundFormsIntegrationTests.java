package org.liaison.fund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The fund's page forms and their errors: a form that breaks a rule comes back (422) with the rule
 * in the reader's language and what was typed; the small forms on a page go back to the page with
 * the message and the current state, also for a stale version (the 409 case) and for the
 * checklist rule (the open items listed); the CSV import reports each refused line.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundFormsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired ApiTokenService tokens;
    @Autowired DirectoryService directory;
    @Autowired FundService funds;
    @Autowired DealService deals;
    @Autowired LedgerService ledger;

    SignedIn signedIn;
    FundFixtures fixtures;

    @BeforeAll
    void setUp() {
        fixtures = new FundFixtures(directory, funds, deals, ledger);
        signedIn = new SignedIn(mvc, users, tokens, "fundforms", fixtures.organization("Forms partner", "RU"));
    }

    @Test
    void aProposalFromOneCountryComesBackWithTheRuleAndWhatWasTyped() throws Exception {
        var result = page(Actor.MANAGER, post("/funds").param("name", "Forms fund " + UUID.randomUUID())
                .param("baseCurrency", "USD").param("targetAmount", "5000000")
                .param("sponsorCountry", "RU").param("sponsorLabel", "Only a Russian partner"), 422);
        var html = html(result);
        assertThat(html).contains("A joint fund has sponsors from two or more countries.", "Only a Russian partner", "5000000");

        var russian = html(page(Actor.MANAGER, post("/funds").header("Accept-Language", "ru").param("name", "Фонд")
                .param("baseCurrency", "USD").param("sponsorCountry", "RU").param("sponsorLabel", "Партнёр"), 422));
        assertThat(russian).contains("Партнёр").doesNotContain("A joint fund has sponsors");
        assertThat(html(page(Actor.MANAGER, post("/funds").param("name", "Forms fund").param("baseCurrency", "XYZ")
                .param("sponsorCountry", "RU").param("sponsorLabel", "A").param("sponsorCountry", "CN").param("sponsorLabel", "B"), 422)))
                .contains("Not an ISO 4217 currency");
    }

    @Test
    void aProposalMakesTheFundWithTheProposerAsItsManager() throws Exception {
        String name = "Forms fund " + UUID.randomUUID();
        // The demo's Skolkovo Foundation, named in English; the page shows the name in the reader's language.
        var made = page(Actor.MANAGER, post("/funds").param("name", name).param("baseCurrency", "usd")
                .param("sponsorOrganization", "Skolkovo Foundation").param("sponsorCountry", "").param("sponsorLabel", "")
                .param("sponsorOrganization", "").param("sponsorCountry", "CN").param("sponsorLabel", "Chinese counterpart"), 302);
        String location = Objects.requireNonNull(made.getResponse().getRedirectedUrl());
        assertThat(location).startsWith("/funds/");
        var page = html(page(Actor.MANAGER, get(location), 200));
        assertThat(page).contains(name, "Chinese counterpart", "Add a sponsor commitment", "Add an item")
                .containsAnyOf("Skolkovo Foundation", "Сколково");

        var unknown = html(page(Actor.MANAGER, post("/funds").param("name", name + " 2").param("baseCurrency", "USD")
                .param("sponsorOrganization", "No such organization anywhere").param("sponsorCountry", "RU")
                .param("sponsorCountry", "CN").param("sponsorLabel", "B"), 422));
        assertThat(unknown).contains("There is no such organization in the directory", "No such organization anywhere");
    }

    @Test
    void aDealFormWithAWrongAmountComesBackWithTheMessage() throws Exception {
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.SOURCED);
        var back = html(page(Actor.ADMIN, post("/funds/" + made.fund() + "/deals").param("title", "Quantum sensors")
                .param("applicant", "Sensor lab").param("amount", "12,5").param("currency", "USD").param("readiness", "4"), 422));
        assertThat(back).contains("Not a decimal amount.", "Quantum sensors", "Sensor lab");
        var tooPrecise = html(page(Actor.ADMIN, post("/funds/" + made.fund() + "/deals").param("title", "Quantum sensors")
                .param("applicant", "Sensor lab").param("amount", "10.001").param("currency", "JPY").param("readiness", "4"), 422));
        assertThat(tooPrecise).contains("The amount has more decimals than its currency allows.");
        var added = page(Actor.ADMIN, post("/funds/" + made.fund() + "/deals").param("title", "Quantum sensors")
                .param("applicant", "Sensor lab").param("areas", "Nuclear technologies, IT").param("country", "cn")
                .param("amount", "1500000").param("currency", "CNY").param("readiness", "4"), 302);
        var deal = html(page(Actor.ADMIN, get(Objects.requireNonNull(added.getResponse().getRedirectedUrl())), 200));
        assertThat(deal).contains("Quantum sensors", "1500000.00 CNY", "Nuclear technologies, IT", "Sourced");
    }

    @Test
    void aStaleEditShowsTheMessageAndTheCurrentState() throws Exception {
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.SOURCED);
        String fund = "/funds/" + made.fund();
        long version = made.fundVersion();
        follow(page(Actor.ADMIN, post(fund + "/checklist").param("item", "Export control").param("required", "true")
                .param("version", String.valueOf(version)), 302), "Export control");
        // The same (now stale) version again: back to the page, which says so and shows the current list.
        var html = follow(page(Actor.ADMIN, post(fund + "/checklist").param("item", "Site visit")
                .param("version", String.valueOf(version)), 302), "Someone else changed this record");
        assertThat(html).contains("The page now shows the current state", "Export control").doesNotContain("Site visit");
    }

    @Test
    void movingToTheCommitteeWithOpenItemsListsThemOnThePage() throws Exception {
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.DUE_DILIGENCE);
        String deal = "/funds/" + made.fund() + "/deals/" + made.deal();
        var html = follow(page(Actor.ADMIN, post(deal + "/checklist/1").param("done", "true").param("note", "Patents checked")
                .param("version", String.valueOf(made.dealVersion())), 302), "Patents checked");
        assertThat(html).contains("Saved.");
        long version = deals.dealsOf(made.fund()).stream().filter(d -> d.getId().equals(made.deal())).findFirst().orElseThrow().getVersion();
        var refused = follow(page(Actor.ADMIN, post(deal + "/moves").param("stage", "COMMITTEE").param("reason", "Ready?")
                .param("version", String.valueOf(version)), 302), "Required items of the due diligence checklist are still open:");
        assertThat(refused).contains("Team and ownership", "Market", "Financials", "Legal and compliance");
        var japanese = follow(page(Actor.ADMIN, post(deal + "/moves").param("stage", "COMMITTEE").param("reason", "Ready?")
                .param("version", String.valueOf(version)), 302), "ja", "デューデリジェンスの必須項目がまだ完了していません");
        assertThat(japanese).contains("Team and ownership");
    }

    @Test
    void aLedgerEntryWithoutItsSponsorComesBackWithTheMessageAndTheValues() throws Exception {
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.SOURCED);
        String fund = "/funds/" + made.fund();
        var html = follow(page(Actor.ADMIN, post(fund + "/ledger").param("kind", "CAPITAL_CALL").param("date", "2030-02-01")
                .param("amount", "2500").param("currency", "USD").param("memo", "First call"), 302), "This kind of entry belongs to a sponsor.");
        assertThat(html).contains("value=\"2500\"", "value=\"First call\"");
        var posted = follow(page(Actor.ADMIN, post(fund + "/ledger").param("kind", "CAPITAL_CALL").param("date", "2030-02-01")
                .param("amount", "2500").param("currency", "USD").param("sponsor", made.sponsor().toString())
                .param("memo", "First call"), 302), "Saved.");
        assertThat(posted).contains("2500.00 USD", "First call");
        var badDate = follow(page(Actor.ADMIN, post(fund + "/commitments").param("sponsor", made.sponsor().toString())
                .param("date", "01.02.2030").param("amount", "10").param("currency", "USD"), 302), "Not an ISO date");
        assertThat(badDate).contains("value=\"01.02.2030\"");
    }

    @Test
    void theRatesPageEntersARateAndImportsACsvFileLineByLine() throws Exception {
        int day = 1 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 27);
        String date = "2099-02-" + (day < 10 ? "0" + day : day);
        follow(page(Actor.MANAGER, post("/funds/rates").param("base", "usd").param("quote", "JPY").param("date", date)
                .param("rate", "151.5"), 302), "151.5");
        var duplicate = follow(page(Actor.MANAGER, post("/funds/rates").param("base", "USD").param("quote", "JPY").param("date", date)
                .param("rate", "152"), 302), "A rate for this pair and day is already kept.");
        assertThat(duplicate).contains("value=\"152\"");
        String csv = "date,base,quote,rate\n" + date + ",USD,KRW,1300.5\n01/02/2099,USD,KRW,1300\n" + date + ",USD,JPY,151.5\n";
        var file = new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var report = follow(page(Actor.MANAGER, multipart("/funds/rates/import").file(file), 302), "1 added, 1 already kept, 1 refused.");
        assertThat(report).contains("Line 3", "Not an ISO date");
        var refused = mvc.perform(multipart("/funds/rates/import").file(file).session(signedIn.session(Actor.COMMITTEE)).with(csrf())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theCommitteesRulesAndPeopleAreSetOnTheFundPage() throws Exception {
        var made = fixtures.fund(null, Set.of(), Set.of(), DealStage.SOURCED);
        String fund = "/funds/" + made.fund();
        String version = String.valueOf(made.fundVersion());
        follow(page(Actor.ADMIN, post(fund + "/rules").param("quorum", "2").param("majorityNumerator", "1")
                .param("majorityDenominator", "3").param("version", version), 302), "The majority is a fraction from 1/2 to 1.");
        var saved = follow(page(Actor.ADMIN, post(fund + "/rules").param("quorum", "2").param("majorityNumerator", "2")
                .param("majorityDenominator", "3").param("version", version), 302), "Saved.");
        assertThat(saved).contains("2/3");
        String member = Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).username();
        follow(page(Actor.ADMIN, post(fund + "/committee").param("username", member), 302), "Saved.");
        follow(page(Actor.ADMIN, post(fund + "/managers").param("username", "nobody-" + UUID.randomUUID()), 302), "There is no such user.");
        follow(page(Actor.ADMIN, post(fund + "/committee").param("username", Objects.requireNonNull(signedIn.user(Actor.MANAGER)).username()), 302),
                "Committee members hold the committee role.");
        var notAManager = mvc.perform(post(fund + "/committee").param("username", member)
                .session(signedIn.session(Actor.MANAGER)).with(csrf())).andReturn();
        assertThat(notAManager.getResponse().getStatus()).isEqualTo(403);
    }

    /** Follows a form's redirect with its flash attributes, checks the page contains {@code expected}. */
    String follow(MvcResult redirect, String expected) throws Exception {
        return follow(redirect, "en", expected);
    }

    /** The same, reading the page in a language (the language choice is a cookie, which MockMvc does not keep). */
    String follow(MvcResult redirect, String lang, String expected) throws Exception {
        String location = Objects.requireNonNull(redirect.getResponse().getRedirectedUrl()).replaceFirst("#.*$", "");
        var flash = redirect.getFlashMap();
        var page = mvc.perform(signedIn.as(lastActor, get(location).param("lang", lang), false).flashAttrs(flash)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        var html = html(page);
        assertThat(html).contains(expected);
        return html;
    }

    /** The actor of the last form sent, who then follows its redirect. */
    private Actor lastActor = Actor.ADMIN;

    MvcResult page(Actor actor, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        lastActor = actor;
        var result = mvc.perform(request.session(signedIn.session(actor)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s %s: %s", actor, result.getRequest().getRequestURI(),
                result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return result;
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
