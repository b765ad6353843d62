package org.liaison.fund.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fund's pages in a real headless Chromium, on the demo fund of the story: the fund page with
 * its sponsors, forum and news item; the pipeline board; a committee member's vote; a fund
 * manager's reversal in the ledger; the portfolio report with its charts drawn under the CSP; the
 * same page in Russian. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class FundBrowserIntegrationTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void at(Browser browser) {
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void theStorysFundFromTheCommitteesVoteToTheLedgerAndTheReport() {
        // The demo committee member sits on the demo fund's committee.
        browser.signIn("committee", "demo-committee-2012");
        browser.open("/funds");
        browser.visible(By.linkText("Joint direct investment fund for breakthrough projects")).click();
        browser.waitUntilLoaded();
        var main = browser.text(By.tagName("main"));
        assertThat(main).contains("Under consideration", "Skolkovo Foundation", "not yet named",
                "Sino-Russian Trade and Investment Forum", "Skolkovo to develop cooperation with China and Japan");
        assertThat(browser.visible(By.cssSelector("a.fund-forum")).getAttribute("href")).contains("/engagements/");
        browser.screenshot("fund");

        browser.visible(By.linkText("Deal pipeline")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.cssSelector("[data-stage=COMMITTEE]"))).contains("industrial data platform");
        assertThat(browser.text(By.cssSelector("[data-stage=SCREENING]"))).contains("12000000.00 CNY");
        assertThat(browser.text(By.tagName("main"))).contains("Sample data");
        browser.screenshot("fund-board");

        browser.visible(By.partialLinkText("industrial data platform")).click();
        browser.waitUntilLoaded();
        browser.visible(By.linkText("Committee vote")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.cssSelector(".vote-state"))).isEqualTo("The vote is open.");
        browser.visible(By.cssSelector(".vote-form input[value=FOR]")).click();
        browser.driver().findElement(By.cssSelector(".vote-form textarea")).sendKeys("A strong team");
        browser.driver().findElement(By.cssSelector(".vote-form [type=submit]")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.cssSelector("table.votes"))).contains("committee", "For", "A strong team");
        assertThat(browser.driver().findElements(By.cssSelector(".vote-form"))).isEmpty();
        browser.screenshot("fund-committee");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();

        // The demo manager manages the fund: reverses the sample commitment in the ledger.
        browser.signIn("manager", "demo-manager-2012");
        browser.open("/funds");
        browser.visible(By.linkText("Joint direct investment fund for breakthrough projects")).click();
        browser.waitUntilLoaded();
        browser.visible(By.linkText("Ledger")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("main"))).contains("Reporting currency: USD", "300000000.00 RUB");
        WebElement reason = browser.visible(By.cssSelector(".reverse-form input[name=reason]"));
        reason.sendKeys("Entered twice");
        browser.driver().findElement(By.cssSelector(".reverse-form [type=submit]")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.cssSelector("table.ledger"))).contains("-300000000.00 RUB", "reversed", "Entered twice");
        assertThat(browser.driver().findElements(By.cssSelector(".reverse-form"))).isEmpty();
        browser.screenshot("fund-ledger");

        browser.visible(By.linkText("Portfolio report")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.cssSelector(".reporting-currency"))).isEqualTo("Reporting currency: USD");
        assertThat(browser.text(By.cssSelector(".rate-date"))).contains("latest rate date used");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-chart=dealsByStage][data-drawn]")).size() == 1);
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart=dealsByStage] canvas"))).isNotEmpty();
        browser.screenshot("fund-portfolio");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();

        browser.open(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "") + "?lang=ru");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Отчёт о портфеле");
        assertThat(browser.text(By.cssSelector(".reporting-currency"))).isEqualTo("Валюта отчёта: USD");
        browser.open("/funds?lang=en");
    }

    @Test
    void aManagerProposesAFundAddsADealWorksTheChecklistToTheCommitteeAndPostsToTheLedger() {
        // The demo manager (a cooperation manager) proposes a fund on the page and becomes its manager.
        browser.signIn("manager", "demo-manager-2012");
        browser.open("/funds?lang=en");
        submit(browser.visible(By.cssSelector("a.propose-fund")));
        String name = "Browser fund " + UUID.randomUUID().toString().substring(0, 8);
        type(By.id("name"), name);
        type(By.id("targetAmount"), "50000000");
        var organizations = browser.driver().findElements(By.name("sponsorOrganization"));
        var countries = browser.driver().findElements(By.name("sponsorCountry"));
        var labels = browser.driver().findElements(By.name("sponsorLabel"));
        organizations.get(0).sendKeys("Skolkovo Foundation");
        countries.get(1).sendKeys("CN");
        labels.get(1).sendKeys("Chinese counterpart");
        submit(browser.driver().findElement(By.cssSelector("#propose-form [type=submit]")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        // The Skolkovo Foundation by the name the directory shows this reader (the demo manager reads Russian names).
        assertThat(browser.text(By.tagName("main"))).contains("Proposed", "Chinese counterpart").containsAnyOf("Skolkovo Foundation", "Сколково");

        // A sponsor's commitment, and an optional item added to the fund's checklist.
        type(By.cssSelector(".commitment-form input[name=amount]"), "10000000");
        submit(browser.driver().findElement(By.cssSelector(".commitment-form [type=submit]")));
        assertThat(browser.text(By.id("commitments-heading"))).isNotBlank();
        assertThat(browser.text(By.tagName("main"))).contains("10000000.00 USD");
        type(By.cssSelector(".checklist-add input[name=item]"), "Site visit");
        click(browser.driver().findElement(By.cssSelector(".checklist-add input[name=required]")));
        submit(browser.driver().findElement(By.cssSelector(".checklist-add [type=submit]")));
        assertThat(browser.driver().findElements(By.cssSelector(".checklist-edit input[name=item]")))
                .extracting(e -> e.getAttribute("value")).contains("Team and ownership", "Site visit");
        browser.screenshot("fund-proposed");

        // A deal, added from the pipeline board, moved to due diligence with reasons.
        submit(browser.visible(By.linkText("Deal pipeline")));
        submit(browser.visible(By.cssSelector("a.add-deal")));
        type(By.id("title"), "Graphene batteries for grid storage");
        type(By.id("applicant"), "Graphene storage lab");
        type(By.id("areas"), "Energy efficiency");
        type(By.id("country"), "RU");
        type(By.id("amount"), "2000000");
        new Select(browser.driver().findElement(By.id("readiness"))).selectByValue("5");
        submit(browser.driver().findElement(By.cssSelector("#deal-form [type=submit]")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Graphene batteries for grid storage");
        move("SCREENING", "Fits the fund's areas");
        move("DUE_DILIGENCE", "Screening passed");

        // To the committee too early: refused, with the open required items listed.
        move("COMMITTEE", "Ready for the committee?");
        assertThat(browser.text(By.cssSelector(".fund-error"))).contains("Required items of the due diligence checklist are still open:",
                "Team and ownership", "Legal and compliance").doesNotContain("Site visit");
        assertThat(browser.text(By.cssSelector(".record__kind"))).contains("Due diligence");

        // Every required item recorded done (the first with a note); the optional site visit stays open.
        type(By.cssSelector("#checklist tr.checklist-open .check-form input[name=note]"), "Met both founders");
        for (int guard = 0; guard < 10; guard++) {
            var open = browser.driver().findElements(By.cssSelector("#checklist tr.checklist-open")).stream()
                    .filter(row -> !row.getText().contains("Site visit")).toList();
            if (open.isEmpty()) {
                break;
            }
            submit(open.getFirst().findElement(By.cssSelector(".check-form [type=submit]")));
        }
        assertThat(browser.text(By.cssSelector("#checklist"))).contains("Met both founders", "manager");
        move("COMMITTEE", "Due diligence complete");
        assertThat(browser.text(By.cssSelector(".record__kind"))).contains("Committee");
        // the recorded stages read as the page's labels, not as their codes
        assertThat(browser.text(By.cssSelector(".fund-audit"))).contains("stage", "Due diligence", "Committee")
                .doesNotContain("DUE_DILIGENCE");
        browser.screenshot("fund-deal-committee");

        // A capital call posted in the ledger.
        submit(browser.visible(By.linkText("Ledger")));
        new Select(browser.driver().findElement(By.cssSelector(".entry-form select[name=kind]"))).selectByValue("CAPITAL_CALL");
        type(By.cssSelector(".entry-form input[name=amount]"), "2500000");
        new Select(browser.driver().findElement(By.cssSelector(".entry-form select[name=sponsor]"))).selectByIndex(1);
        type(By.cssSelector(".entry-form input[name=memo]"), "First capital call");
        submit(browser.driver().findElement(By.cssSelector(".entry-form [type=submit]")));
        assertThat(browser.text(By.cssSelector("table.ledger"))).contains("Capital call", "2500000.00 USD", "First capital call");
        browser.screenshot("fund-ledger-posted");

        // The portfolio: the figures, and the stage chart labelled with stage names from the bundle.
        submit(browser.visible(By.linkText("Portfolio report")));
        assertThat(browser.text(By.cssSelector(".figures"))).contains("10000000", "2500000");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-chart=dealsByStage][data-drawn]")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector("[data-chart=dealsByStage]")).getAttribute("data-labels"))
                .contains("Committee").doesNotContain("COMMITTEE");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();
        browser.open(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "") + "?lang=ru");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-chart=dealsByStage][data-drawn]")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector("[data-chart=dealsByStage]")).getAttribute("data-labels"))
                .contains("Комитет");
        assertThat(browser.text(By.cssSelector("[data-chart-table=dealsByStage]"))).containsIgnoringCase("Комитет").doesNotContain("COMMITTEE");
        browser.screenshot("fund-portfolio-ru");
        browser.open("/funds?lang=en");
    }

    private void move(String stage, String reason) {
        new Select(browser.visible(By.cssSelector(".deal-move select[name=stage]"))).selectByValue(stage);
        type(By.cssSelector(".deal-move input[name=reason]"), reason);
        submit(browser.driver().findElement(By.cssSelector(".deal-move [type=submit]")));
    }

    private void type(By locator, String text) {
        var field = browser.driver().findElement(locator);
        field.clear();
        field.sendKeys(text);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks a link or submit button and waits until the next page has replaced this one. */
    private void submit(WebElement element) {
        click(element);
        browser.waitUntil(ExpectedConditions.stalenessOf(element));
        browser.waitUntilLoaded();
    }
}
