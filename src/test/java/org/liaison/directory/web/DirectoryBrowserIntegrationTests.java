package org.liaison.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The directory's pages in a real headless Chromium, on the reference story: search as you type
 * across scripts, an organization with only a Japanese name found by its reading, the language
 * switcher, validation messages in place, likely duplicates while typing. Each page type leaves a
 * screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class DirectoryBrowserIntegrationTests {

    static final String MANAGER = "browser-manager";
    static final String PASSWORD = "browser-test-manager-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    Browser browser;

    @BeforeEach
    void manager(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "Browser test manager", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void searchesAcrossScriptsAsYouTypeAndOpensTheOrganizationsFound() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/directory");
        browser.screenshot("directory-list");

        search("清华");
        assertThat(hitTexts()).anyMatch(t -> t.contains("清华大学"));
        openHit("清华大学");
        assertThat(browser.text(By.tagName("main"))).contains("清华大学").contains("Tsinghua University");
        browser.screenshot("organization");

        browser.open("/directory");
        search("Skolkovo");
        assertThat(hitTexts()).anyMatch(t -> t.contains("Skolkovo Foundation"));
        openHit("Skolkovo Foundation");
        assertThat(browser.text(By.tagName("main"))).contains("Фонд «Сколково»").contains("Skolkovo Foundation");
        assertThat(browser.text(By.id("people"))).contains("Вексельберг");
    }

    @Test
    void findsAnOrganizationWithOnlyAJapaneseNameByItsRomanizedReading() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/directory/organizations/new");
        new Select(browser.visible(By.id("kind"))).selectByValue("UNIVERSITY");
        type(By.id("names0.text"), "東北大学");
        type(By.id("names0.lang"), "ja");
        new Select(driver().findElement(By.id("country"))).selectByValue("JP");
        type(By.id("city"), "Sendai");
        browser.screenshot("organization-form");
        submit("#organization-form");
        confirmNotADuplicateIfAsked();

        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/directory/organizations/[0-9a-f-]{36}$"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("東北大学");
        assertThat(driver().findElement(By.tagName("h1")).getAttribute("lang")).isEqualTo("ja");

        browser.open("/directory");
        search("Tohoku");
        // The index may take a moment after the commit: look again until the new record is in it.
        browser.waitUntil(d -> {
            if (hitTexts().stream().anyMatch(t -> t.contains("東北大学"))) {
                return true;
            }
            browser.open("/directory?q=Tohoku");
            return false;
        });
        openHit("東北大学");
        assertThat(browser.text(By.tagName("main"))).contains("Sendai");
    }

    @Test
    void switchesTheLanguageAndRemembersIt() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/directory");
        assertThat(browser.pageLanguage()).isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Directory");

        chooseLanguage("ru");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Справочник");
        assertThat(driver().findElement(By.id("q")).getAttribute("placeholder")).contains("Сколково");
        browser.screenshot("directory-list-ru");

        chooseLanguage("zh");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("名录");

        chooseLanguage("ja");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("名簿");

        browser.open("/");
        assertThat(browser.pageLanguage()).isEqualTo("ja");
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains("名簿");
        browser.screenshot("start-ja");
    }

    @Test
    void showsValidationMessagesNextToTheFieldsAndKeepsTheInput() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/directory/organizations/new");
        new Select(browser.visible(By.id("kind"))).selectByValue("OTHER");
        type(By.id("names0.text"), "Validation Test Organization");
        type(By.id("website"), "not a web address");
        submit("#organization-form");

        var error = browser.visible(By.id("website-error"));
        assertThat(error.getText()).contains("http://");
        assertThat(driver().findElement(By.id("website")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver().findElement(By.id("website")).getAttribute("value")).isEqualTo("not a web address");
        assertThat(driver().findElement(By.id("names0.text")).getAttribute("value"))
                .isEqualTo("Validation Test Organization");
        assertThat(browser.text(By.cssSelector(".alert--error"))).contains("Some fields need your attention");
        browser.screenshot("organization-form-invalid");

        browser.open("/directory/organizations/new?lang=ru");
        new Select(browser.visible(By.id("kind"))).selectByValue("OTHER");
        type(By.id("website"), "ftp://example.org");
        submit("#organization-form");
        assertThat(browser.text(By.id("website-error"))).contains("Введите веб-адрес");
        assertThat(browser.text(By.id("names-error"))).contains("Нужно хотя бы одно название");
    }

    @Test
    void showsLikelyDuplicatesWhileANewOrganizationIsTyped() {
        browser.signIn(MANAGER, PASSWORD);
        browser.open("/directory/organizations/new");
        type(By.id("names0.text"), "Lenovo");
        var duplicates = browser.waitUntil(d -> {
            var found = d.findElements(By.cssSelector("#duplicates .duplicates__list li"));
            return found.isEmpty() ? null : found;
        });
        assertThat(duplicates).extracting(WebElement::getText).anyMatch(t -> t.contains("联想") || t.contains("Lenovo"));
        assertThat(driver().findElement(By.cssSelector("#duplicates a")).getAttribute("href"))
                .matches(".*/directory/organizations/[0-9a-f-]{36}$");
        browser.screenshot("organization-form-duplicates");
    }

    @Test
    void showsThePersonPageTheFormsAndTheMergePage() {
        browser.open("/");
        assertThat(browser.text(By.cssSelector(".account"))).contains("Sign in");
        browser.screenshot("start-anonymous");

        browser.signIn(MANAGER, PASSWORD);
        browser.open("/");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Find a partner");
        browser.screenshot("start");

        browser.open("/directory?q=Skolkovo");
        openHit("Skolkovo Foundation");
        driver().findElement(By.linkText("Merge a duplicate")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("h1"))).startsWith("Merge a duplicate into");
        browser.screenshot("merge");

        browser.open("/directory?q=Skolkovo");
        openHit("Skolkovo Foundation");
        driver().findElement(By.cssSelector("#people a[href*='/directory/people/']")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("main"))).contains("Вексельберг").contains("Vekselberg");
        browser.screenshot("person");

        driver().findElement(By.linkText("Edit")).click();
        browser.waitUntilLoaded();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Edit person");
        assertThat(driver().findElement(By.id("names0.text")).getAttribute("value")).contains("Вексельберг");
        browser.screenshot("person-form");
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void type(By field, String text) {
        var element = browser.visible(field);
        element.clear();
        element.sendKeys(text);
    }

    private void submit(String form) {
        driver().findElement(By.cssSelector(form + " button[type=submit]")).click();
        browser.waitUntilLoaded();
    }

    /** Types into the search box and waits until htmx has swapped in the results for that text. */
    private void search(String text) {
        type(By.id("q"), text);
        browser.waitUntil(d -> d.findElement(By.cssSelector("#results .hits__summary")).getText().contains(text));
        browser.waitUntilLoaded();
    }

    private List<String> hitTexts() {
        return driver().findElements(By.cssSelector("#results .hit")).stream().map(WebElement::getText).toList();
    }

    private void openHit(String name) {
        WebElement link = browser.waitUntil(d -> d.findElements(By.cssSelector("#results .hit")).stream()
                .filter(hit -> hit.getText().contains(name))
                .findFirst()
                .map(hit -> hit.findElement(By.cssSelector(".hit__name a")))
                .orElse(null));
        link.click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/directory/organizations/[0-9a-f-]{36}$"));
        browser.waitUntilLoaded();
    }

    private void chooseLanguage(String code) {
        driver().findElement(By.cssSelector(".languages a[hreflang='" + code + "']")).click();
        browser.waitUntil(d -> code.equals(browser.pageLanguage()));
        browser.waitUntilLoaded();
    }

    /** When the form lists likely duplicates first, none of them is this organization: say so and save again. */
    private void confirmNotADuplicateIfAsked() {
        Optional<WebElement> confirm = driver().findElements(By.name("notDuplicate")).stream().findFirst();
        if (confirm.isPresent() && driver().getCurrentUrl().endsWith("/directory/organizations")) {
            confirm.get().click();
            submit("#organization-form");
        }
    }
}
