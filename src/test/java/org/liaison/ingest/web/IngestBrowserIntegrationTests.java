package org.liaison.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review queue in a real headless Chromium, on an empty directory: paste the seed article,
 * review its facts (accept Hitachi, reject the fund, accept the rest), and see on the Hitachi page
 * where the record came from: the document, the sentence and who accepted it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "liaison.demo.enabled=false")
@ExtendWith(BrowserExtension.class)
class IngestBrowserIntegrationTests {

    static final String MANAGER = "browser-ingest";
    static final String PASSWORD = "browser-ingest-manager-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    Browser browser;

    @BeforeEach
    void manager(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "Browser ingest manager", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    static String seed() throws IOException {
        try (var in = IngestBrowserIntegrationTests.class.getResourceAsStream("/ingest/skolkovo-china-japan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pasteReviewAcceptAndSeeTheProvenanceOnTheHitachiPage() throws IOException {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/ingest");
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].value = arguments[1]", browser.visible(By.id("text")), seed());
        js.executeScript("arguments[0].value = '2012-05-03'", browser.driver().findElement(By.id("publishedAt")));
        browser.driver().findElement(By.cssSelector("#paste-form [type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/ingest/documents/"));
        browser.waitUntilLoaded();

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Skolkovo to develop cooperation with China and Japan");
        var hitachi = fact("ORGANIZATION", "Hitachi —");
        assertThat(hitachi.findElement(By.className("fact__sentence")).getText())
                .contains("seeking partnership with such corporations as Hitachi");
        assertThat(hitachi.getText()).contains("accepting creates a new record");
        browser.screenshot("ingest-review");

        click(hitachi.findElement(By.className("fact__accept")));
        browser.waitUntilLoaded();
        assertThat(fact("ORGANIZATION", "Hitachi —").getAttribute("data-status")).isEqualTo("ACCEPTED");

        click(fact("FUND", "joint direct investment fund").findElement(By.className("fact__reject")));
        browser.waitUntilLoaded();
        assertThat(fact("FUND", "joint direct investment fund").getAttribute("data-status")).isEqualTo("REJECTED");

        click(browser.driver().findElement(By.id("accept-all")));
        browser.waitUntilLoaded();
        assertThat(browser.driver().findElements(By.cssSelector(".fact[data-status=PROPOSED]"))).isEmpty();
        browser.screenshot("ingest-accepted");

        click(fact("ORGANIZATION", "Hitachi —").findElement(By.className("fact__record")));
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("h1"))).contains("Hitachi");
        var panel = browser.visible(By.className("provenance"));
        assertThat(panel.getText()).contains("Skolkovo to develop cooperation with China and Japan")
                .contains("seeking partnership with such corporations as Hitachi")
                .contains("accepted by " + MANAGER);
        browser.screenshot("ingest-provenance-hitachi");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();
    }

    /** Clicks an element in the middle of the window, clear of the sticky header after an anchor jump. */
    void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    WebElement fact(String category, String labelStart) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector(".fact[data-category=" + category + "]")).stream()
                .filter(e -> e.findElement(By.className("fact__label")).getText().contains(labelStart))
                .findFirst().orElse(null));
    }
}
