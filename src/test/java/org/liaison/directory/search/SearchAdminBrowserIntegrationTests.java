package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.support.Browser;
import org.liaison.support.BrowserExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search index page in a real headless Chromium: an administrator (with the second factor)
 * sees organizations written with SQL missing from the index, clicks Rebuild and watches the
 * progress bars (driven by server-sent events) reach 100 %, after which the index holds as many
 * documents as the database has rows.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "liaison.demo.enabled=false", "liaison.search.batch-size=5", "liaison.search.load-threads=1" })
@ExtendWith(BrowserExtension.class)
class SearchAdminBrowserIntegrationTests {

    static final String ADMIN = "search-browser-admin";
    static final String PASSWORD = "browser-test-search-2031";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndexes indexes;

    Browser browser;

    @BeforeEach
    void administrator(Browser browser) {
        users.createIfAbsent(NewUser.staff(ADMIN, "Search browser administrator", PASSWORD, Role.ADMINISTRATOR));
        this.browser = browser.at("http://localhost:" + port);
    }

    @Test
    void rebuildShowsTheProgressBarReaching100() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !indexes.isRebuilding());
        var now = Timestamp.from(Instant.now());
        for (int i = 0; i < 400; i++) {
            var id = UUID.randomUUID();
            jdbc.update("insert into organization (id, version, kind, country, owner_organization_id, visibility,"
                    + " shared_with, created_at, updated_at) values (?, 0, 'OTHER', 'JP', ?, 'INTERNAL', '', ?, ?)",
                    id, id, now, now);
            jdbc.update("insert into organization_name (organization_id, position, text, lang, is_primary, is_alias)"
                    + " values (?, 0, ?, 'en', true, false)", id, "Browser Rebuild " + i);
        }
        var before = indexes.status();
        assertThat(before.inStep()).isFalse();

        browser.signIn(ADMIN, PASSWORD);
        browser.open("/admin/search");
        assertThat(browser.text(By.cssSelector("#search-index-organization .search-database")))
                .isEqualTo(String.valueOf(before.organizationsInDatabase()));
        assertThat(browser.text(By.cssSelector("#search-index-organization .search-indexed")))
                .isEqualTo(String.valueOf(before.organizationsIndexed()));
        browser.screenshot("search-admin-before");

        browser.visible(By.id("search-rebuild-button")).click();
        // the script sets data-state from the server-sent events only (or the swapped section says done)
        browser.waitUntil(d -> "done".equals(d.findElement(By.id("search-state")).getAttribute("data-state")));
        assertThat(browser.visible(By.id("search-progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.visible(By.id("search-progress-organization")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.visible(By.id("search-progress-person")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.text(By.id("search-percent"))).isEqualTo("100");
        String organizations = String.valueOf(before.organizationsInDatabase());
        assertThat(browser.text(By.id("search-done-organization"))).isEqualTo(organizations);
        assertThat(browser.text(By.id("search-total-organization"))).isEqualTo(organizations);
        assertThat(browser.text(By.cssSelector("#search-index-organization .search-indexed"))).isEqualTo(organizations);
        browser.screenshot("search-admin-done");
        assertThat(indexes.status().inStep()).isTrue();
        assertThat(browser.consoleProblems()).isEmpty();
    }
}
