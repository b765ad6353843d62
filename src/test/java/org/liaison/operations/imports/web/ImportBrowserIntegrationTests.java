package org.liaison.operations.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import pages in a real headless Chromium: a manager uploads a CSV with Japanese and unknown
 * column names, sees the guessed mapping, maps the unknown column by hand, runs the dry run, starts
 * the import and watches the progress bar (driven by server-sent events) reach 100 % with the
 * counts of the dry run, then finds the report link.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "liaison.imports.batch-size=2")
@ExtendWith(BrowserExtension.class)
class ImportBrowserIntegrationTests {

    static final String MANAGER = "imports-browser-manager";
    static final String PASSWORD = "browser-test-imports-2012";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    Browser browser;

    @TempDir
    Path folder;

    @BeforeEach
    void manager(Browser browser) {
        users.createIfAbsent(NewUser.staff(MANAGER, "Imports browser manager", PASSWORD, Role.COOPERATION_MANAGER));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void mappingDryRunAndProgressBar() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var csv = new StringBuilder("組織名,Land,役職,氏名\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("Browser Org ").append(s).append(' ').append(i).append(",JP,Director,Browser Person ")
                    .append(s).append(' ').append(i).append('\n');
        }
        csv.append("Browser Org ").append(s).append(" 1,JP,,\n"); // a duplicate of row 2
        csv.append("Broken ").append(s).append(",Atlantis,,\n"); // a bad row
        Path file = folder.resolve("partners.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.signIn(MANAGER, PASSWORD);
        browser.open("/imports");
        browser.visible(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("#import-upload [type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/imports/[0-9a-f-]{36}$"));
        browser.waitUntilLoaded();

        // the guess: 組織名 → organization, 役職 → role, 氏名 → person; "Land" is unknown
        assertThat(new Select(browser.visible(By.id("field-0"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("organization");
        assertThat(new Select(browser.visible(By.id("field-1"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ignore");
        assertThat(new Select(browser.visible(By.id("field-2"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("role");
        assertThat(new Select(browser.visible(By.id("field-3"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("person");
        browser.screenshot("import-mapping");
        new Select(browser.visible(By.id("field-1"))).selectByValue("country");

        browser.driver().findElement(By.id("import-dry-run")).click();
        browser.waitUntilLoaded();
        var dryRun = browser.visible(By.id("import-dry-run-result"));
        assertThat(dryRun.findElement(By.className("count-created")).getText()).isEqualTo("30");
        assertThat(dryRun.findElement(By.className("count-duplicates")).getText()).isEqualTo("1");
        assertThat(dryRun.findElement(By.className("count-bad")).getText()).isEqualTo("1");
        assertThat(browser.text(By.id("import-dry-run-result"))).contains("Unknown country: Atlantis")
                .contains("same organization as row 2");
        // the dry run kept the hand-made mapping
        assertThat(new Select(browser.visible(By.id("field-1"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("country");
        browser.screenshot("import-dry-run");

        browser.driver().findElement(By.id("import-start")).click();
        browser.waitUntilLoaded();
        browser.visible(By.id("import-progress"));
        // the script sets data-status from the server-sent events only
        browser.waitUntil(d -> "done".equals(d.findElement(By.id("import-live-status")).getAttribute("data-status")));
        assertThat(browser.visible(By.id("import-progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.text(By.id("import-created"))).isEqualTo("30");
        assertThat(browser.text(By.id("import-duplicates"))).isEqualTo("1");
        assertThat(browser.text(By.id("import-bad"))).isEqualTo("1");
        assertThat(browser.text(By.id("import-people"))).isEqualTo("30");
        assertThat(browser.visible(By.id("import-report")).isDisplayed()).isTrue();
        browser.screenshot("import-done");
        assertThat(browser.consoleProblems()).isEmpty();
    }
}
