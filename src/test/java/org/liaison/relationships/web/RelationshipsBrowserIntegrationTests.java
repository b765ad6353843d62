package org.liaison.relationships.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * The relationships' pages in a real headless Chromium on the demo story: a manager moves Hitachi
 * from prospect to contacted on the board (the card's form, as a keyboard user would) and by
 * dragging Toshiba, sees both in their new columns after a reload and in the history; a move of a
 * card changed meanwhile through the API is refused with a clear message; the coverage page shows
 * Japan with no active partner and draws its charts under the Content Security Policy. Its own
 * Spring context (a property no other test sets), so the demo's stages are as the story has them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "liaison.test.context=relationships-browser")
@ExtendWith(BrowserExtension.class)
class RelationshipsBrowserIntegrationTests {

    static final String MANAGER = "board-manager";
    static final String PASSWORD = "board-test-manager-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;

    Browser browser;

    @BeforeEach
    void manager(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "Board test manager", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void movesHitachiFromProspectToContactedAndKeepsTheMoveInTheHistory() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/relationships");
        assertThat(browser.text(By.id("column-PROSPECT"))).contains("Hitachi");
        browser.screenshot("relationships-board");

        WebElement card = card("Hitachi");
        new Select(card.findElement(By.name("stage"))).selectByValue("CONTACTED");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> d.findElement(By.id("column-CONTACTED")).getText().contains("Hitachi"));
        assertThat(browser.text(By.id("move-notice"))).contains("Hitachi");
        assertThat(browser.driver().findElement(By.id("column-PROSPECT")).getText()).doesNotContain("Hitachi");

        browser.open("/relationships");
        assertThat(browser.text(By.id("column-CONTACTED"))).contains("Hitachi");
        assertThat(browser.text(By.id("column-PROSPECT"))).doesNotContain("Hitachi");

        card("Hitachi").findElement(By.linkText("Hitachi")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.id("current-stage"))).isEqualTo("Contacted");
        assertThat(browser.text(By.id("history"))).contains("Prospect → Contacted").contains("Board test manager");
        assertThat(browser.text(By.id("strength"))).contains("of 100");
        browser.screenshot("relationship-page");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();
    }

    @Test
    void dragsACardOntoAnotherColumn() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/relationships");
        WebElement card = card("Toshiba");
        WebElement column = browser.driver().findElement(By.id("column-CONTACTED"));
        // Chromium's WebDriver cannot perform HTML5 drag and drop with real pointer actions; the
        // events the browser would fire are dispatched instead, with one DataTransfer as it does.
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var card = arguments[0], column = arguments[1], data = new DataTransfer();
                function fire(target, type) {
                  target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                }
                fire(card, 'dragstart'); fire(column, 'dragover'); fire(column, 'drop'); fire(card, 'dragend');
                """, card, column);
        browser.waitUntil(d -> d.findElement(By.id("column-CONTACTED")).getText().contains("Toshiba"));
        browser.open("/relationships");
        assertThat(browser.text(By.id("column-CONTACTED"))).contains("Toshiba");
        assertThat(browser.consoleProblems()).as("console problems").isEmpty();
    }

    @Test
    void refusesAStaleMoveWithAClearMessageAndShowsTheCurrentState() throws Exception {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/relationships");
        WebElement card = card("Mitsubishi");
        String id = card.getAttribute("data-id");
        String version = card.getAttribute("data-version");

        // Someone else moves Mitsubishi through the API, based on the same version.
        var account = users.findByUsername(MANAGER).orElseThrow();
        String secret = tokens.issue(account.id(), "stale-move-" + System.nanoTime(), null).secret();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/relationships/" + id + "/stage"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build()
                        .writeValueAsString(java.util.Map.of("stage", "CONTACTED", "reason", "Called by a colleague"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        // The board still shows the old card: moving it now is refused, with a message, and the
        // board shows where Mitsubishi really is.
        new Select(card.findElement(By.name("stage"))).selectByValue("ENGAGED");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        String message = browser.text(By.id("move-error"));
        assertThat(message).contains("Mitsubishi").contains("changed by someone else").contains("Contacted")
                .contains("not made");
        assertThat(browser.text(By.id("column-CONTACTED"))).contains("Mitsubishi");
        assertThat(browser.driver().findElement(By.id("column-ENGAGED")).getText()).doesNotContain("Mitsubishi");
        browser.screenshot("relationships-stale-move");
    }

    @Test
    void coverageShowsJapanWithNoActivePartnerAndDrawsTheCharts() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/coverage");
        WebElement japan = browser.visible(By.id("country-JP"));
        assertThat(japan.getAttribute("textContent")).contains("Japan").contains("No active partner yet");
        assertThat(japan.getAttribute("class")).contains("coverage--gap");
        WebElement china = browser.visible(By.id("country-CN"));
        assertThat(china.getAttribute("textContent")).contains("China").doesNotContain("No active partner yet");

        browser.waitUntil(d -> "true".equals(d.findElement(By.cssSelector(".charts")).getAttribute("data-drawn")));
        assertThat(browser.driver().findElements(By.cssSelector("#chart-funnel canvas"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#chart-countries canvas"))).isNotEmpty();
        browser.screenshot("coverage");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();
    }

    private WebElement card(String name) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector(".board__card")).stream()
                .filter(c -> c.findElement(By.cssSelector(".board__name")).getText().equals(name))
                .findFirst().orElse(null));
    }
}
