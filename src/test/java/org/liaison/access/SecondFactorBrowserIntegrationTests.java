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
    void noPageCanFrameOurPagesNotEvenOurOwn() {
        browser.open("/login");
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        // a frame of the sign-in page, added to a page of ours: frame-ancestors 'none' refuses even that
        js.executeScript("var f = document.createElement('iframe');"
                + "f.onload = function () { document.documentElement.setAttribute('data-framed', 'loaded'); };"
                + "f.src = '/login'; document.body.appendChild(f);");
        browser.waitUntil(d -> "loaded".equals(d.findElement(By.tagName("html")).getAttribute("data-framed")));
        Object form = js.executeScript("var d = null; try { d = document.querySelector('iframe').contentDocument; }"
                + " catch (e) { return 'blocked'; } return d && d.getElementById('login-form') ? 'shown' : 'blocked';");
        assertThat(form).isEqualTo("blocked");
    }
}
