package org.liaison.forum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.engagements.EngagementKind;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The forum in a real headless Chromium: a partner requests a meeting in the marketplace, the
 * receiving partner accepts it, the organiser runs the scheduler (the page polls its progress),
 * publishes the final agenda and downloads the requester's agenda as a PDF naming the receiver.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ForumBrowserIntegrationTests {

    static final String PASSWORD = "browser-test-forum-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;
    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementCommands engagements;
    @Autowired
    ForumEvents events;
    @Autowired
    ForumRegistrations registrations;

    Browser browser;

    @BeforeEach
    void open(Browser browser) {
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void aPartnerRequestsTheOtherAcceptsTheOrganiserSchedulesAndDownloadsTheAgenda() throws Exception {
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        var event = fixtures.event("Browser forum " + UUID.randomUUID().toString().substring(0, 6));
        var orgA = fixtures.organization("Browser requester", "FI");
        var orgB = fixtures.organization("Browser receiver", "FI");
        var anna = fixtures.approved(event.id(), orgA, "Анна Петрова", ParticipantType.COMPANY, null, "ru");
        var bo = fixtures.approved(event.id(), orgB, "Bo Wang", ParticipantType.COMPANY, null, "zh");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        users.create(NewUser.partner("forum-a-" + suffix, "Requester", PASSWORD, orgA));
        users.create(NewUser.partner("forum-b-" + suffix, "Receiver", PASSWORD, orgB));
        users.create(NewUser.staff("forum-m-" + suffix, "Organiser", PASSWORD, Role.COOPERATION_MANAGER));

        // the requester finds the receiver in the marketplace and asks for a meeting
        browser.signIn("forum-a-" + suffix, PASSWORD);
        browser.open("/forum");
        browser.driver().findElement(By.linkText(event.title())).click();
        browser.waitUntilLoaded();
        browser.visible(By.id("marketplace-link")).click();
        browser.waitUntilLoaded();
        var card = browser.visible(By.cssSelector(".forum-profile[data-participant='" + bo.id() + "']"));
        card.findElement(By.name("note")).sendKeys("Robotics, over tea");
        card.findElement(By.cssSelector("button.request")).click();
        browser.waitUntilLoaded();
        assertThat(browser.visible(By.id("forum-notice")).getText()).isNotBlank();
        assertThat(browser.text(By.id("incoming"))).contains("Bo Wang").contains("Robotics, over tea");
        browser.screenshot("forum-requested");
        assertThat(browser.consoleProblems()).isEmpty();

        // the receiver accepts
        browser.driver().manage().deleteAllCookies();
        browser.signIn("forum-b-" + suffix, PASSWORD);
        browser.open("/forum/events/" + event.id() + "/marketplace");
        browser.visible(By.cssSelector("#incoming button.accept")).click();
        browser.waitUntilLoaded();
        assertThat(browser.driver().findElements(By.cssSelector("#incoming button.accept"))).isEmpty();

        // the organiser schedules in the background, publishes and downloads the agenda
        browser.driver().manage().deleteAllCookies();
        browser.signIn("forum-m-" + suffix, PASSWORD);
        browser.open("/forum/events/" + event.id());
        browser.visible(By.id("run-scheduler")).click();
        var result = browser.waitUntil(d -> d.findElements(By.id("schedule-result")).stream().findFirst().orElse(null));
        assertThat(result.getText()).contains("1");
        browser.screenshot("forum-scheduled");
        browser.visible(By.id("publish-final")).click();
        browser.waitUntilLoaded();
        browser.open("/forum/participants/" + anna.id() + "/agenda");
        assertThat(browser.text(By.cssSelector(".agenda-table"))).contains("Bo Wang").contains("T-");
        browser.screenshot("forum-agenda");

        var href = Objects.requireNonNull(browser.visible(By.id("agenda-pdf")).getAttribute("href"));
        var response = download(href);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Bo Wang").contains("Анна Петрова").contains("Asia/Shanghai");
        }
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theOrganiserCreatesAnEventOnItsFormAndTicksAParticipantsAvailability() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        String forumTitle = "Browser form forum " + suffix;
        ViewerContext.call(ForumFixtures.SYSTEM, () -> engagements.log(new EngagementCommands.NewEngagement(EngagementKind.FORUM,
                forumTitle, LocalDate.of(2031, 7, 1), "Moscow", "RU", null, null, List.of())));
        users.create(NewUser.staff("forum-o-" + suffix, "Organiser", PASSWORD, Role.COOPERATION_MANAGER));
        browser.signIn("forum-o-" + suffix, PASSWORD);
        browser.open("/forum");
        browser.visible(By.id("new-event")).click();
        browser.waitUntilLoaded();
        browser.visible(By.id("engagement")).sendKeys(forumTitle);
        browser.visible(By.id("title")).sendKeys("B2B at " + forumTitle);
        browser.visible(By.id("days")).sendKeys("2031-07-01, 2031-13-02");
        replace(By.id("dayEnd"), "11:00");
        replace(By.id("sharedTables"), "3");
        browser.visible(By.id("capINVESTOR")).sendKeys("2");
        browser.visible(By.id("save-event")).click();
        browser.waitUntilLoaded();
        // a day that is not a date: the form comes back with the message and what was typed
        assertThat(browser.visible(By.id("forum-error")).getText()).contains("Not a date");
        assertThat(browser.visible(By.id("title")).getAttribute("value")).isEqualTo("B2B at " + forumTitle);
        assertThat(browser.visible(By.id("capINVESTOR")).getAttribute("value")).isEqualTo("2");
        browser.screenshot("forum-event-form-error");
        browser.consoleProblems(); // the 422 itself is reported there; what follows must be clean
        replace(By.id("days"), "2031-07-01, 2031-07-02");
        browser.visible(By.id("save-event")).click();
        browser.waitUntilLoaded();
        assertThat(browser.driver().getCurrentUrl()).matches(".*/forum/events/[0-9a-f-]{36}$");
        var eventId = UUID.fromString(browser.driver().getCurrentUrl().replaceFirst(".*/forum/events/", ""));
        assertThat(browser.text(By.cssSelector("h1"))).contains("B2B at " + forumTitle);
        assertThat(browser.text(By.cssSelector(".facts"))).contains("6").contains("Investor: 2");

        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        var delegate = fixtures.participant(eventId, "Browser delegate", ParticipantType.COMPANY, null, "en");
        browser.open("/forum/events/" + eventId);
        browser.visible(By.cssSelector(".forum-registration[data-participant='" + delegate.id() + "'] .availability-link")).click();
        browser.waitUntilLoaded();
        var first = browser.visible(By.cssSelector("input[data-slot='d1-1000']"));
        assertThat(first.isSelected()).isTrue();
        first.click();
        browser.visible(By.cssSelector("input[data-slot='d2-1040']")).click();
        browser.screenshot("forum-availability");
        browser.visible(By.id("save-availability")).click();
        browser.waitUntilLoaded();
        assertThat(browser.driver().getCurrentUrl()).contains("/forum/events/" + eventId);
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(delegate.id())).unavailable())
                .containsExactlyInAnyOrder("d1-1000", "d2-1040");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    void replace(By field, String value) {
        var input = browser.visible(field);
        input.clear();
        input.sendKeys(value);
    }

    HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        var session = Objects.requireNonNull(browser.driver().manage().getCookieNamed("JSESSIONID"));
        var request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Accept", "application/pdf,*/*").GET().build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
