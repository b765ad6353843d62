package org.liaison.news.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom and the public news in a real headless Chromium: an editor writes an item and sees
 * the sanitized preview while typing, saves, publishes; an anonymous visitor then finds it on
 * /news, with the Atom feed advertised in the page's head. No console problems (CSP).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class NewsBrowserIntegrationTests {

    static final String EDITOR = "news-browser-editor";
    static final String PASSWORD = "news-browser-editor-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    Browser browser;

    @BeforeEach
    void editor(Browser browser) {
        users.createIfAbsent(NewUser.staff(EDITOR, "News browser editor", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void anEditorWritesWithAPreviewPublishesAndAVisitorSeesItWithItsFeed() {
        String title = "Technopark delegation " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(EDITOR, PASSWORD);
        browser.open("/newsroom/new");
        type(By.id("title"), title);
        type(By.id("summary"), "A delegation visits the Torch technopark.");
        type(By.id("body"), "<p>Meetings at <strong>Keidanren</strong></p><script>document.title='owned'</script>"
                + "<img src=x onerror=\"document.title='owned'\">");
        // The preview shows the cleaned text as the public page will, while typing.
        browser.waitUntil(d -> d.findElements(By.cssSelector("#preview strong")).stream()
                .anyMatch(e -> e.getText().equals("Keidanren")));
        assertThat(driver().findElements(By.cssSelector("#preview script, #preview img"))).isEmpty();
        assertThat(driver().getTitle()).isNotEqualTo("owned");
        driver().findElement(By.id("topic-technoparks")).click();
        type(By.id("organizations"), "Torch technopark of Tsinghua University\nKeidanren");
        browser.screenshot("newsroom-form");
        driver().findElement(By.id("save")).click();
        browser.waitUntilLoaded();

        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/newsroom/[0-9a-f-]{36}/edit$"));
        assertThat(browser.text(By.id("item-status"))).isEqualTo("Draft");
        driver().findElement(By.id("publish")).click();
        browser.waitUntilLoaded();
        browser.waitUntil(d -> "Published".equals(d.findElement(By.id("item-status")).getText()));
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();

        driver().findElement(By.cssSelector(".account__signout button")).click();
        browser.waitUntilLoaded();
        browser.open("/news");
        assertThat(driver().findElements(By.cssSelector(".account__signout"))).isEmpty();
        assertThat(browser.text(By.tagName("main"))).contains(title);
        var feed = driver().findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"));
        assertThat(feed.getAttribute("href")).endsWith("/news/feed.atom");
        browser.screenshot("news-list");

        driver().findElement(By.linkText(title)).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
        assertThat(browser.text(By.id("organizations"))).contains("Torch technopark of Tsinghua University").contains("Keidanren");
        assertThat(driver().findElements(By.cssSelector(".news-body script, .news-body img"))).isEmpty();
        assertThat(driver().findElements(By.cssSelector("head link[type='application/atom+xml']")))
                .anyMatch(l -> l.getAttribute("href").endsWith("/news/topics/technoparks/feed.atom"));
        browser.screenshot("news-item");
        assertThat(browser.consoleProblems()).as("console problems, e.g. refused by the CSP").isEmpty();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void type(By field, String text) {
        var element = browser.visible(field);
        element.clear();
        element.sendKeys(text);
    }
}
