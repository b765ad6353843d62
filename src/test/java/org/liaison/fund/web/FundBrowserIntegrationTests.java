package org.liaison.fund.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
}
