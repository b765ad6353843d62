package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.liaison.support.SecondFactorWallet;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo committee member in a real headless Chromium: set up the authenticator at the first
 * sign-in (QR code, key, recovery codes), then the charts page under the Content Security Policy
 * with no console problem, then signing in again with a code; and a page framed by another origin
 * is refused by frame-ancestors 'none'. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class SecondFactorBrowserIntegrationTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void at(Browser browser) {
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void theDemoCommitteeMemberEnrolsAtFirstSignInThenGivesACodeAndTheChartsDrawUnderTheCsp() {
        String instance = "http://localhost:" + port;
        boolean firstTime = !SecondFactorWallet.knows(instance, "committee");
        browser.open("/login");
        assertThat(browser.text(By.id("second-factor-note"))).contains("committee");
        browser.signIn("committee", "demo-committee-2012");
        if (firstTime) {
            assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
            assertThat(browser.visible(By.id("second-factor-status")).getText()).contains("10");
            browser.screenshot("second-factor-enrolled");
        }
        browser.open("/coverage");
        browser.waitUntil(d -> "true".equals(d.findElement(By.cssSelector(".charts")).getAttribute("data-drawn")));
        assertThat(browser.driver().findElements(By.cssSelector("#chart-funnel canvas"))).isNotEmpty();
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();

        browser.driver().findElement(By.cssSelector(".account__signout button")).click();
        browser.waitUntilLoaded();
        browser.signIn("committee", "demo-committee-2012");
        browser.open("/account/second-factor");
        assertThat(browser.visible(By.id("second-factor-status")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.id("disable-form"))).as("required for committee members").isEmpty();
        assertThat(browser.consoleProblems()).as("console problems on the account page").isEmpty();
    }

    @Test
    void theEnrolmentPageShowsTheQrCodeUnderTheCsp() {
        browser.signIn("manager", "demo-manager-2012");
        browser.open("/account/second-factor");
        // optional for a manager, who has none yet: the page offers to set one up
        var qr = browser.visible(By.id("totp-qr"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
        browser.waitUntil(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", qr)).intValue() > 100);
        assertThat(browser.text(By.id("totp-uri"))).startsWith("otpauth://totp/Liaison:manager?secret=");
        browser.screenshot("second-factor-enrolment");
        assertThat(browser.consoleProblems()).as("console problems, e.g. an image refused by the CSP").isEmpty();
    }

    @Test
    void anotherSiteCannotFrameOurPages() {
        browser.open("/login");
        browser.consoleProblems();
        browser.driver().get("data:text/html,<iframe src='http://localhost:" + port + "/login'></iframe>");
        var seen = new java.util.ArrayList<String>();
        browser.waitUntil(d -> {
            seen.addAll(browser.consoleProblems());
            return seen.stream().anyMatch(p -> p.contains("frame-ancestors"));
        });
        assertThat(seen).anyMatch(p -> p.contains("frame-ancestors 'none'"));
    }
}
