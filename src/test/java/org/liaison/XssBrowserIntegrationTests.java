package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sharpest payloads of the XSS sweep in a real Chromium, where scripts, htmx and the charts
 * run: records of the directory, engagements and news carry them in every text field, and on their
 * pages and lists no dialog opens, the live DOM (after every script ran) holds no foreign script,
 * frame or handler, and the browser reports no blocked inline script (nothing even tried).
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class XssBrowserIntegrationTests {

    static final String MANAGER = "xss-browser-manager";
    static final String PASSWORD = "browser-test-xss-sweep-2012";
    static final String PAYLOAD = "\"><img src=x onerror=alert(1)><svg onload=alert(2)><script>alert(3)</script>"
            + "<details open ontoggle=alert(4)><iframe srcdoc=\"<script>alert(5)</script>\"></iframe>'><a href=javascript:alert(6)>x</a>";

    /** What the live DOM may not hold: scripts other than our files, frames, plug-ins, handlers of any payload. */
    static final String FOREIGN = "script:not([src^='/']), iframe, object, embed, details[ontoggle], [onerror], [onload], "
            + "[onclick], [onmouseover], [onfocus], [ontoggle], a[href^='javascript']";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementService engagements;
    @Autowired
    NewsService news;

    @Test
    void noDialogOpensAndNoForeignScriptRunsOnPagesShowingPayloads(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "XSS browser manager", PASSWORD, Role.COOPERATION_MANAGER));
        String marker = "Xss" + UUID.randomUUID().toString().substring(0, 6);
        var organization = ViewerContext.call(Viewer.system("xss-browser"), () -> directory.register(new OrganizationDraft(
                OrganizationKind.CORPORATION, List.of(new NameInput(marker + " " + PAYLOAD, "en", true)), List.of(), "JP",
                PAYLOAD, null, PAYLOAD, Set.of(PAYLOAD.substring(0, 40))))).id();
        var engagement = ViewerContext.call(Viewer.system("xss-browser"), () -> engagements.create(new EngagementDraft(
                EngagementKind.MEETING, marker + PAYLOAD, Schedule.of(LocalDateTime.of(2031, 1, 1, 10, 0), null, "Asia/Tokyo"),
                PAYLOAD, PAYLOAD, "JP", PAYLOAD, PAYLOAD, PAYLOAD, null,
                List.of(new ParticipantInput(organization, null, Side.PARTNER, PAYLOAD)), null))).id();
        var item = ViewerContext.call(Viewer.system("xss-browser"), () -> {
            var made = news.create(new NewsDraft(marker + PAYLOAD, PAYLOAD, "<p>" + PAYLOAD + "</p>", "en", PAYLOAD, null,
                    Set.of(), List.of(organization), Set.of(), Set.of()));
            return news.publish(made.id(), null);
        });

        browser.at("http://localhost:" + port).signIn(MANAGER, PASSWORD);
        for (String page : List.of("/directory/organizations/" + organization, "/directory?q=" + marker,
                "/engagements/" + engagement, "/engagements", "/engagements/" + engagement + "/briefing",
                "/news/" + item.getSlug(), "/news", "/newsroom", "/whats-new", "/relationships", "/coverage")) {
            browser.open(page);
            assertThat(alert(browser)).as("a dialog on %s", page).isNull();
            Number foreign = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.querySelectorAll(arguments[0]).length", FOREIGN);
            assertThat(foreign.intValue()).as("foreign elements in the live DOM of %s", page).isZero();
            assertThat(browser.consoleProblems()).as("console of %s", page)
                    .noneMatch(line -> line.contains("Content Security Policy") || line.contains("alert"));
        }
        browser.open("/directory/organizations/" + organization);
        assertThat(browser.driver().getPageSource()).contains(marker);
    }

    static String alert(Browser browser) {
        try {
            var alert = browser.driver().switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            return text;
        } catch (NoAlertPresentException e) {
            return null;
        }
    }
}
