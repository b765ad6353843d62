package org.liaison.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agreement pages in a real headless Chromium, on the reference story: a manager signs the
 * planned cooperation with Zhongguancun on its page, and the hub's relationship with Z-Park moves
 * from ENGAGED to AGREEMENT (after the event is handled: the relationships API is read until it says so).
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AgreementBrowserIntegrationTests {

    static final String MANAGER = "agreements-browser-manager";
    static final String PASSWORD = "browser-test-agreements-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    Browser browser;

    @BeforeEach
    void manager(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "Agreements browser manager", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void signingTheZParkDraftMovesTheRelationshipToAgreement() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/api/v1/relationships?stage=AGREEMENT&size=200");
        assertThat(browser.text(By.tagName("body"))).contains("Torch technopark").doesNotContain("Zhongguancun");

        browser.open("/agreements?status=DRAFT");
        browser.screenshot("agreements-list");
        browser.driver().findElement(By.partialLinkText("Zhongguancun")).click();
        browser.waitUntilLoaded();
        assertThat(browser.visible(By.id("agreement-status")).getAttribute("data-status")).isEqualTo("DRAFT");
        browser.screenshot("agreement-draft");

        browser.visible(By.id("transition-sign")).click();
        browser.waitUntil(d -> "ACTIVE".equals(d.findElement(By.id("agreement-status")).getAttribute("data-status")));
        assertThat(browser.text(By.id("timeline"))).contains(browser.text(By.id("agreement-status")));
        assertThat(browser.driver().findElements(By.id("transition-sign"))).isEmpty();
        browser.screenshot("agreement-signed");

        // the relationship moves after the commit, when relationships handle AgreementSigned
        browser.open("/api/v1/relationships?stage=AGREEMENT&size=200");
        browser.waitUntil(d -> {
            if (d.findElement(By.tagName("body")).getText().contains("Zhongguancun")) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        assertThat(browser.text(By.tagName("body"))).contains("Zhongguancun").contains("AGREEMENT");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theMemorandumShowsItsSampleMilestonesAndTheCalendarTheirDates() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/agreements?kind=MEMORANDUM_OF_UNDERSTANDING");
        browser.driver().findElement(By.partialLinkText("Torch technopark")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("main"))).contains("2012-04-02").contains("Sample data")
                .contains("Skolkovo Foundation");
        assertThat(browser.text(By.id("milestones"))).contains("Sample data");
        browser.screenshot("agreement-mou");

        // the feed is a download for a browser: fetched with the page's session
        var feed = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/agreements/calendar.ics').then(r => r.text()).then(done, e => done(String(e)));");
        assertThat(feed).startsWith("BEGIN:VCALENDAR").contains("joint review").contains("DTSTART;VALUE=DATE:");
    }
}
