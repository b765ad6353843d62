package org.liaison.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.OrganizationPanel;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.OrganizationView;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The directory's pages over real HTTP, signed in through the login form: who sees which controls,
 * the panels other modules add, merged organizations, htmx fragments, languages, and the answers
 * to invalid (422), stale (409) and possibly duplicate input.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.messages.basename=i18n/layout,i18n/directory,i18n/access,i18n/errors,i18n/test-panels")
@Import(DirectoryPagesIntegrationTests.Panels.class)
class DirectoryPagesIntegrationTests {

    static final String PASSWORD = "pages-test-password-2012";

    /** Three panels as other modules would register them: one shows, one has nothing, one fails. */
    @TestConfiguration
    static class Panels {

        record Notes(String text) {}

        @Bean
        OrganizationPanel notesPanel() {
            return panel(20, "test.panel.notes", id -> Optional.of(new Notes("Notes about " + id)));
        }

        @Bean
        OrganizationPanel hiddenPanel() {
            return panel(10, "test.panel.hidden", id -> Optional.empty());
        }

        @Bean
        OrganizationPanel failingPanel() {
            return panel(30, "test.panel.failing", id -> {
                throw new IllegalStateException("This panel's module is down");
            });
        }

        static OrganizationPanel panel(int order, String title,
                java.util.function.Function<OrganizationId, Optional<?>> model) {
            return new OrganizationPanel() {

                @Override
                public int order() {
                    return order;
                }

                @Override
                public String titleKey() {
                    return title;
                }

                @Override
                public String fragment() {
                    return "test-panels :: notes";
                }

                @Override
                public Optional<?> model(OrganizationId organization) {
                    return model.apply(organization);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    DirectoryService directory;

    UserAccount manager;

    @BeforeEach
    void users() {
        manager = users.createIfAbsent(NewUser.staff("pages-manager", "Pages manager", PASSWORD,
                Role.COOPERATION_MANAGER));
        users.createIfAbsent(NewUser.staff("pages-committee", "Pages committee", PASSWORD, Role.COMMITTEE_MEMBER));
    }

    PageClient signedIn(String username) {
        return new PageClient(port).signIn(username, PASSWORD);
    }

    <T> T asManager(Supplier<T> work) {
        return ViewerContext.call(users.viewerOf(manager.id()), work);
    }

    /** A new organization, as stored (read back, so its version is the stored one). */
    OrganizationView organization(String name, OrganizationKind kind, String country) {
        return asManager(() -> {
            var created = directory.register(new OrganizationDraft(kind, List.of(new NameInput(name, "en", true)),
                    List.of(), country, null, null, null, Set.of()));
            return directory.organization(created.id());
        });
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void rendersThePanelsOtherModulesRegisterInOrderAndSurvivesOneThatFails() {
        var org = organization(unique("Panel Test Organization"), OrganizationKind.INCUBATOR, "RU");

        var page = signedIn("pages-manager").get("/directory/organizations/" + org.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Test notes panel").contains("Notes about " + org.id())
                .contains("<p class=\"test-notes__organization\">" + org.id() + "</p>")
                .doesNotContain("Hidden test panel")
                .contains("Failing test panel").contains("This part of the page cannot be shown just now.");
        assertThat(page.body().indexOf("Test notes panel")).isLessThan(page.body().indexOf("Failing test panel"));
    }

    @Test
    void aMergedOrganizationLeadsToTheOneItWasMergedInto() {
        var survivor = organization(unique("Survivor"), OrganizationKind.TECHNOPARK, "CN");
        var duplicate = organization(unique("Duplicate"), OrganizationKind.TECHNOPARK, "CN");
        var client = signedIn("pages-manager");

        var confirm = client.get("/directory/organizations/" + survivor.id() + "/merge?duplicate=" + duplicate.id());
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains(duplicate.primaryName()).contains(survivor.primaryName());

        var merged = client.post("/directory/organizations/" + survivor.id() + "/merge", List.of(
                new String[] { "duplicate", duplicate.id().toString() },
                new String[] { "version", Long.toString(survivor.version()) }));
        assertThat(merged.status()).isEqualTo(302);
        assertThat(merged.location()).isEqualTo("/directory/organizations/" + survivor.id());

        var old = client.get("/directory/organizations/" + duplicate.id());
        assertThat(old.status()).isEqualTo(302);
        assertThat(old.location()).isEqualTo("/directory/organizations/" + survivor.id());
        assertThat(client.get(old.location()).body()).contains(duplicate.primaryName());
    }

    @Test
    void showsEditControlsOnlyToThoseWhoMayUseThem() {
        var org = organization(unique("Controls Test Corporation"), OrganizationKind.CORPORATION, "JP");
        String path = "/directory/organizations/" + org.id();
        users.createIfAbsent(NewUser.partner("pages-partner-" + org.id().toString().substring(0, 8), "Partner", PASSWORD,
                org.id()));

        var managerPage = signedIn("pages-manager").get(path).body();
        assertThat(managerPage).contains(path + "/edit").contains(path + "/merge").contains("Add a person")
                .contains("Add a relation");

        var committeePage = signedIn("pages-committee").get(path).body();
        assertThat(committeePage).contains(org.primaryName()).doesNotContain(path + "/edit")
                .doesNotContain(path + "/merge").doesNotContain("Add a person");

        var partner = signedIn("pages-partner-" + org.id().toString().substring(0, 8));
        var partnerPage = partner.get(path).body();
        assertThat(partnerPage).contains(path + "/edit").doesNotContain(path + "/merge").doesNotContain("Add a person");
        assertThat(partner.get(path + "/edit").status()).isEqualTo(200);
        assertThat(partner.get(path + "/merge").status()).isEqualTo(403);
        assertThat(partner.get("/directory/organizations/new").status()).isEqualTo(403);
    }

    @Test
    void anHtmxSearchGetsOnlyTheResultsFragment() {
        var name = unique("Fragment Test Accelerator");
        organization(name, OrganizationKind.ACCELERATOR, "JP");
        var client = signedIn("pages-manager");
        String query = "/directory?q=" + name.replace(" ", "+");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(client.get(query, "HX-Request", "true").body()).contains(name));
        var fragment = client.get(query, "HX-Request", "true");
        assertThat(fragment.body().strip()).startsWith("<div id=\"results\"").doesNotContain("<html");
        assertThat(fragment.header("Vary")).hasValueSatisfying(v -> assertThat(v).contains("HX-Request"));
        assertThat(fragment.body()).contains("Japan").contains("Accelerator");

        var page = client.get(query);
        assertThat(page.body()).contains("<html").contains("id=\"results\"").contains(name);
    }

    @Test
    void anonymousVisitorsGetThePublicWelcomeAndAreAskedToSignInForTheDirectory() {
        var client = new PageClient(port);

        var start = client.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("href=\"/login\"").contains("Sign in to continue")
                .doesNotContain("href=\"/directory\"");

        var directoryPage = client.get("/directory");
        assertThat(directoryPage.status()).isEqualTo(302);
        assertThat(directoryPage.location()).startsWith("/login");
    }

    @Test
    void theLanguageComesFromTheBrowserUntilChosenAndThenFromTheCookie() {
        var client = new PageClient(port);

        assertThat(client.get("/", "Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"ja\"").contains("サインイン");
        assertThat(client.get("/", "Accept-Language", "de-DE,fr;q=0.8").body()).contains("<html lang=\"en\"");

        assertThat(client.get("/?lang=ru").body()).contains("<html lang=\"ru\"").contains("Войти");
        assertThat(client.cookie("liaison-lang")).hasValue("ru");
        assertThat(client.get("/", "Accept-Language", "ja").body()).contains("<html lang=\"ru\"");

        assertThat(client.get("/?lang=de").body()).contains("<html lang=\"ru\"");
        assertThat(client.get("/?lang=zh").body()).contains("<html lang=\"zh\"").contains("登录");
    }

    @Test
    void aStaleEditAnswers409AndKeepsTheInput() {
        var org = organization(unique("Stale Edit Institute"), OrganizationKind.RESEARCH_CENTRE, "RU");
        var client = signedIn("pages-manager");
        assertThat(client.get("/directory/organizations/" + org.id() + "/edit").body())
                .contains("name=\"version\" value=\"" + org.version() + "\"");

        var changed = asManager(() -> directory.update(org.id(), org.version(), new OrganizationDraft(
                OrganizationKind.RESEARCH_CENTRE, List.of(new NameInput(org.primaryName(), "en", true)), List.of(), "RU",
                "Novosibirsk", null, null, Set.of())));

        var page = client.post("/directory/organizations/" + org.id(), List.of(
                new String[] { "kind", "RESEARCH_CENTRE" },
                new String[] { "names[0].text", "My better name" },
                new String[] { "names[0].lang", "en" },
                new String[] { "primary", "0" },
                new String[] { "city", "Akademgorodok" },
                new String[] { "version", Long.toString(org.version()) }));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("Someone else changed this record after you opened it")
                .contains("value=\"My better name\"").contains("value=\"Akademgorodok\"")
                .contains("name=\"version\" value=\"" + changed.version() + "\"");
    }

    @Test
    void invalidInputAnswers422WithTheMessagesNextToTheFields() {
        var page = signedIn("pages-manager").post("/directory/organizations", List.of(
                new String[] { "kind", "UNIVERSITY" },
                new String[] { "names[0].text", "" },
                new String[] { "names[0].lang", "not a tag" },
                new String[] { "primary", "0" },
                new String[] { "website", "www.example.org" }));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body())
                .contains("id=\"website-error\">Enter a web address that starts with http:// or https://.</p>")
                .contains("id=\"names-error\">At least one name is required.</p>")
                .contains("Use a language tag such as en, ru, zh or ja.")
                .contains("value=\"www.example.org\"");
    }

    @Test
    void aLikelyDuplicateIsShownBeforeSavingUntilTheUserConfirmsItIsNone() {
        var name = unique("Duplicate Check Fund");
        var existing = organization(name, OrganizationKind.INVESTMENT_FUND, "CN");
        await().atMost(Duration.ofSeconds(20)).until(() -> !asManager(
                () -> directory.likelyDuplicates(List.of(name), null)).isEmpty());
        var client = signedIn("pages-manager");
        var fields = List.of(
                new String[] { "kind", "INVESTMENT_FUND" },
                new String[] { "names[0].text", name },
                new String[] { "names[0].lang", "en" },
                new String[] { "primary", "0" },
                new String[] { "country", "CN" });

        var asked = client.post("/directory/organizations", fields);
        assertThat(asked.status()).isEqualTo(422);
        assertThat(asked.body()).contains("Check the likely duplicates below")
                .contains("/directory/organizations/" + existing.id()).contains("name=\"notDuplicate\"");

        var typed = client.post("/directory/organizations/duplicates", fields, "HX-Request", "true");
        assertThat(typed.body().strip()).startsWith("<div id=\"duplicates\"")
                .contains("/directory/organizations/" + existing.id());

        var confirmed = new java.util.ArrayList<>(fields);
        confirmed.add(new String[] { "notDuplicate", "true" });
        var created = client.post("/directory/organizations", confirmed);
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).matches("/directory/organizations/[0-9a-f-]{36}")
                .isNotEqualTo("/directory/organizations/" + existing.id());
    }

    @Test
    void addsPeopleAndRelationsFromTheOrganizationPageShownFromBothEnds() {
        var member = organization(unique("Relation Member Corp"), OrganizationKind.CORPORATION, "JP");
        var association = organization(unique("Relation Association"), OrganizationKind.BUSINESS_ASSOCIATION, "JP");
        var client = signedIn("pages-manager");
        String memberPath = "/directory/organizations/" + member.id();

        String pick = "/directory/picker?field=other&exclude=" + member.id() + "&q=Relation";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(client.get(pick, "HX-Request", "true").body())
                .contains("name=\"other\" value=\"" + association.id() + "\""));
        assertThat(client.get(pick, "HX-Request", "true").body()).doesNotContain("value=\"" + member.id() + "\"");

        var related = client.post(memberPath + "/relations", List.of(
                new String[] { "incoming", "false" },
                new String[] { "type", "MEMBER_OF" },
                new String[] { "other", association.id().toString() },
                new String[] { "validFrom", "2012-04-26" }));
        assertThat(related.status()).isEqualTo(302);

        var person = client.post(memberPath + "/people", List.of(
                new String[] { "name", "日立 太郎" },
                new String[] { "lang", "ja" },
                new String[] { "role", "Liaison officer" },
                new String[] { "from", "2012-01-01" }));
        assertThat(person.status()).isEqualTo(302);

        var memberPage = client.get(memberPath).body();
        assertThat(memberPage).contains("Member of").contains("/directory/organizations/" + association.id())
                .contains("日立 太郎").contains("Liaison officer").contains("since Jan 1, 2012");
        var associationPage = client.get("/directory/organizations/" + association.id()).body();
        assertThat(associationPage).contains("Has as member").contains(memberPath).contains("since Apr 26, 2012");

        var reversed = client.post(memberPath + "/people", List.of(
                new String[] { "name", "Someone" },
                new String[] { "from", "2012-05-01" },
                new String[] { "to", "2012-01-01" }));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body()).contains("id=\"np-to-error\">The end date is before the start date.</p>")
                .contains("<details class=\"inline-form\" open=\"open\">");
    }
}
