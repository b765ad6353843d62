package org.liaison.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.ingest.internal.IngestDocument;
import org.liaison.ingest.internal.IngestService;
import org.liaison.ingest.internal.ProposedFact;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.liaison.shared.PersonalDataContributor;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail of news and ingestion: every change of a news item and of a proposed fact is
 * recorded (Envers, V10_900 and V11_900) and shown, with who and what, in the history panel of
 * the newsroom's item page and of the fact page; and their part of a person's personal data is
 * exported and erased.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("persistence")
class NewsIngestAuditIntegrationTests {

    static final String PASSWORD = "audit-history-password-2012";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    NewsService news;
    @Autowired
    IngestService ingest;
    @Autowired
    DirectoryQueries directory;
    @Autowired
    List<PersonalDataContributor> personalData;
    @Autowired
    JdbcTemplate jdbc;

    String username;
    UUID manager;
    PageClient client;

    @BeforeEach
    void signIn() {
        username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        manager = users.create(NewUser.staff(username, "Audit editor", PASSWORD, Role.COOPERATION_MANAGER)).id();
        client = new PageClient(port).signIn(username, PASSWORD);
    }

    <T> T asManager(Supplier<T> work) {
        return ViewerContext.call(users.viewerOf(manager), work);
    }

    @Test
    void theNewsroomItemPageShowsWhoChangedWhat() {
        var title = "Audited item " + UUID.randomUUID();
        var created = client.post("/newsroom", form("title", title, "body", "<p>First text</p>", "lang", "en"));
        assertThat(created.status()).isEqualTo(302);
        var edit = created.location();
        var id = UUID.fromString(edit.replaceAll("^/newsroom/([0-9a-f-]{36})/edit.*$", "$1"));
        var changed = client.post("/newsroom/" + id, form("title", title + " (changed)", "body", "<p>Second text</p>",
                "lang", "en", "version", "0"));
        assertThat(changed.status()).isEqualTo(302);
        var page = client.get("/newsroom/" + id + "/edit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"history\"").contains("Created").contains("Changed").contains("by " + username)
                .contains(title + " (changed)").contains("&lt;p&gt;First text&lt;/p&gt;");
        assertThat(jdbc.queryForObject("select count(*) from news_item_aud where id = ?", Long.class, id)).isEqualTo(2);
        asManager(() -> news.publish(id, null));
        assertThat(client.get("/newsroom/" + id + "/edit").body()).contains("PUBLISHED");
    }

    @Test
    void theFactPageShowsTheDecisionInItsHistory() {
        var name = "Maren Lysholm";
        var text = "Fjordlys Science Park signs memorandum " + UUID.randomUUID() + "\n\n"
                + "Fjordlys Science Park signed a memorandum of understanding with the Baltic Marine Institute on Monday.\n\n"
                + "\"The sea is where our tenants need partners,\" said " + name + ", Chief Executive of Fjordlys Science Park.";
        var document = asManager(() -> ingest.ingest(text, LocalDate.of(2023, 3, 15), null, IngestDocument.Source.TEXT));
        var person = document.facts().stream().filter(f -> f.category() == ProposedFact.Category.PERSON).findFirst().orElseThrow();
        assertThat(client.get("/ingest/documents/" + document.id()).body()).contains("href=\"/ingest/facts/" + person.id() + "\"");
        asManager(() -> ingest.accept(person.id(), person.version(), null, null, true));

        var page = client.get("/ingest/facts/" + person.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains("id=\"history\"").contains("Proposed").contains("Changed")
                .contains("by " + username).contains("ACCEPTED").contains("href=\"/ingest/documents/" + document.id() + "#fact-" + person.id() + "\"");
        assertThat(jdbc.queryForObject("select count(*) from ingest_document_aud where id = ?", Long.class, document.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ingest_fact_aud where id = ?", Long.class, person.id())).isEqualTo(2);
    }

    @Test
    void newsAndIngestExportAndEraseTheirPartOfAPersonsData() {
        var name = "Sigrun Havmo";
        var text = "Havbruk Innovation Hub opens marine lab " + UUID.randomUUID() + "\n\n"
                + "Havbruk Innovation Hub opened a laboratory for aquaculture startups on Tuesday.\n\n"
                + "\"Our founders asked for it,\" said " + name + ", Managing Director of Havbruk Innovation Hub.";
        var document = asManager(() -> ingest.ingest(text, LocalDate.of(2024, 5, 7), null, IngestDocument.Source.TEXT));
        asManager(() -> ingest.acceptAll(document.id()));
        var person = ViewerContext.call(Viewer.system("test"), () -> directory.personNamed(name)).orElseThrow().value();
        var item = asManager(() -> news.create(new NewsDraft("Marine lab " + UUID.randomUUID(), null, "<p>Text</p>", "en",
                null, null, Set.of(), List.of(), Set.of(person), Set.of())));

        var ingestPart = contributor("ingest");
        var newsPart = contributor("news");
        ViewerContext.run(Viewer.system("test"), () -> {
            assertThat(ingestPart.export(person)).containsKeys("facts", "provenance");
            assertThat(ingestPart.export(person).get("facts").toString()).contains(name);
            assertThat(newsPart.export(person).get("newsItems").toString()).contains(item.title());
        });
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s -> ViewerContext.run(Viewer.system("test"), () -> {
                    ingestPart.erase(person);
                    newsPart.erase(person);
                }));
        ViewerContext.run(Viewer.system("test"), () -> {
            assertThat(ingestPart.export(person)).isEmpty();
            assertThat(newsPart.export(person)).isEmpty();
            assertThat(news.item(item.id()).people()).isEmpty();
        });
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    PersonalDataContributor contributor(String module) {
        return personalData.stream().filter(p -> p.module().equals(module)).findFirst().orElseThrow();
    }

    static List<String[]> form(String... pairs) {
        var fields = new java.util.ArrayList<String[]>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.add(new String[] { pairs[i], pairs[i + 1] });
        }
        return fields;
    }
}
