package org.liaison.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engagements' pages in a real headless Chromium, on the reference story: a manager logs a
 * meeting with NEC (picked from the directory) whose outcome moves NEC to "contacted", with a
 * follow-up that then waits on My tasks and is marked done there; the calendar address is issued;
 * the Tokyo visit of 26 April 2012 gives a briefing PDF naming the organizations of its meetings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class EngagementBrowserIntegrationTests {

    static final String MANAGER = "browser-engagements-manager";
    static final String PASSWORD = "browser-test-engagements-2012";
    static final String TOKYO_VISIT = "Viktor Vekselberg's visit to Tokyo";
    /** NEC's primary name in the directory of the story, as the picker lists it (its English name is another). */
    static final String NEC = "日本電気";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;
    @Autowired
    Relationships relationships;
    @Autowired
    DirectoryQueries directory;

    Browser browser;

    @BeforeEach
    void manager(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "Engagements test manager", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void logsAMeetingWithNecWithAFollowUpThatWaitsOnMyTasks() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/engagements");
        driver().findElement(By.id("log-engagement")).click();
        browser.waitUntilLoaded();

        new Select(browser.visible(By.id("kind"))).selectByValue("MEETING");
        type(By.id("title"), "Meeting with NEC in Tokyo");
        setValue(By.id("start"), "2031-05-10T10:00");
        type(By.id("timeZone"), "Asia/Tokyo");
        new Select(driver().findElement(By.id("country"))).selectByValue("JP");
        type(By.id("city"), "Tokyo");

        type(By.id("partnerPick-search"), "NEC");
        var choice = browser.waitUntil(d -> d.findElements(By.cssSelector("#partnerPick-choices label.choice")).stream()
                .filter(l -> l.getText().contains(NEC)).findFirst().orElse(null));
        choice.click();
        browser.waitUntil(d -> d.findElement(By.id("participants-rows")).getText().contains(NEC));

        type(By.id("outcomes"), "NEC agreed to a second meeting.");
        new Select(driver().findElement(By.id("proposedStage"))).selectByValue("CONTACTED");
        type(By.id("followUpTitle"), "Send NEC the meeting notes");
        setValue(By.id("followUpDue"), "2031-05-17");
        browser.screenshot("engagement-form");
        driver().findElement(By.id("save-engagement")).click();

        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/engagements/[0-9a-f-]{36}$"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Meeting with NEC in Tokyo");
        // Names in the reader's language: NEC and Skolkovo Foundation in English.
        assertThat(browser.text(By.id("participants"))).contains("NEC").contains("Skolkovo Foundation");
        assertThat(browser.text(By.tagName("main"))).contains("Asia/Tokyo");
        assertThat(browser.text(By.id("follow-ups"))).contains("Send NEC the meeting notes");
        browser.screenshot("engagement");

        // The outcome moves NEC from prospect to contacted, after the commit.
        var nec = ViewerContext.call(Viewer.system("browser test"), () -> directory.organizationNamed("NEC")).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                ViewerContext.call(Viewer.system("browser test"), () -> relationships.stageOf(nec))).contains(Stage.CONTACTED));

        browser.open("/my/tasks");
        var task = browser.waitUntil(d -> d.findElements(By.cssSelector("#my-follow-ups li.follow-up")).stream()
                .filter(li -> li.getText().contains("Send NEC the meeting notes")).findFirst().orElse(null));
        assertThat(task.getText()).contains("Meeting with NEC in Tokyo");
        browser.screenshot("my-tasks");
        String id = Objects.requireNonNull(task.getAttribute("id"));
        task.findElement(By.cssSelector("button.follow-up__done")).click();
        browser.waitUntil(d -> d.findElement(By.id(id)).getAttribute("class").contains("follow-up--done"));
        assertThat(driver().findElements(By.cssSelector("#" + id + " button.follow-up__done"))).isEmpty();

        driver().findElement(By.id("calendar-issue")).click();
        var url = browser.waitUntil(d -> d.findElements(By.id("calendar-url")).stream().findFirst().orElse(null));
        assertThat(url.getAttribute("value")).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();
    }

    @Test
    void downloadsTheBriefingPdfOfTheTokyoVisitNamingTheOrganizationsOfItsMeetings() throws Exception {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/engagements?kind=VISIT&country=JP");
        driver().findElement(By.linkText(TOKYO_VISIT)).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.id("meetings"))).contains("Meetings at Keidanren");

        driver().findElement(By.id("briefing-link")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("main"))).contains("Keidanren").contains("日本経済団体連合会");
        browser.screenshot("briefing");

        String href = Objects.requireNonNull(driver().findElement(By.id("briefing-download")).getAttribute("href"));
        var response = download(href);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".pdf");
        String text;
        try (var pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains(TOKYO_VISIT, "Keidanren", "Ministry of Economy, Trade and Industry",
                "Ministry of Foreign Affairs of Japan", "Research Center of Applied Sciences and Technologies",
                "日本経済団体連合会");
    }

    /** Fetches a link as the signed-in browser would (its session cookie), the way a download does. */
    HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        var session = Objects.requireNonNull(driver().manage().getCookieNamed("JSESSIONID"));
        var request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Accept", "application/pdf,*/*").GET().build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    WebDriver driver() {
        return browser.driver();
    }

    void type(By field, String text) {
        WebElement element = browser.visible(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Date and time inputs take their value in ISO form whatever the browser's locale. */
    void setValue(By field, String value) {
        ((JavascriptExecutor) driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.visible(field), value);
    }
}
