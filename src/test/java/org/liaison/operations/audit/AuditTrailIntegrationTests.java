package org.liaison.operations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every change to an audited record leaves who, when (UTC) and the fields before and after; every
 * security event a row; the history shows on the organization page; administrators search and
 * export it, nobody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "audit", UUID.randomUUID());
    }

    static OrganizationDraft draft(String name, String city) {
        return new OrganizationDraft(OrganizationKind.TECHNOPARK, List.of(new NameInput(name, "en", true)), List.of(),
                "RU", city, null, null, Set.of());
    }

    UUID registerAndMove(String name) {
        var manager = accounts.viewerOf(signedIn.user(Actor.MANAGER).id());
        var made = ViewerContext.call(manager, () -> directory.register(draft(name, "Moscow")));
        ViewerContext.call(manager, () -> directory.update(made.id(), made.version(), draft(name + " Park", "Skolkovo")));
        return made.id();
    }

    @Test
    void aChangeRecordsWhoWhenAndTheFieldsBeforeAndAfter() {
        var id = registerAndMove("Audit Technopark");
        var history = audit.history("organization", id.toString());
        assertThat(history).hasSize(2);
        var change = history.getFirst();
        assertThat(change.action()).isEqualTo("CHANGED");
        assertThat(change.user()).isEqualTo("audit-manager");
        assertThat(change.changes()).contains(new AuditTrail.Change("city", "Moscow", "Skolkovo"));
        assertThat(change.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("name");
            assertThat(c.before()).contains("Audit Technopark");
            assertThat(c.after()).contains("Audit Technopark Park");
        });
        assertThat(history.getLast().action()).isEqualTo("CREATED");
        assertThat(history.getLast().changes()).contains(new AuditTrail.Change("city", null, "Moscow"));
        assertThat(audit.types()).contains("organization", "person", "affiliation", "organization_relation",
                "relationship", "engagement", "follow_up", "user_account");
        // no secret in the trail
        assertThat(jdbc.queryForList("select * from user_account_aud").toString()).doesNotContain("password_hash", "{bcrypt}");
    }

    @Test
    void theOrganizationPageShowsItsHistoryToStaffOnly() throws Exception {
        var id = registerAndMove("Historic Technopark");
        var page = mvc.perform(get("/directory/organizations/" + id).session(signedIn.session(Actor.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("History", "Moscow", "Skolkovo", "audit-manager");
    }

    @Test
    void administratorsSearchAndExportTheTrailOthersMayNot() throws Exception {
        var id = registerAndMove("Exported Technopark");
        var json = mvc.perform(signedIn.as(Actor.ADMIN, get("/api/v1/audit").param("type", "organization")
                .param("id", id.toString()), true)).andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString()).contains("\"action\":\"CHANGED\"", "\"before\":\"Moscow\"", "\"after\":\"Skolkovo\"");
        var byUser = mvc.perform(signedIn.as(Actor.ADMIN, get("/api/v1/audit").param("user", "nobody-at-all"), true))
                .andReturn().getResponse().getContentAsString();
        assertThat(byUser).isEqualTo("[]");
        var csv = mvc.perform(signedIn.as(Actor.ADMIN, get("/api/v1/audit").param("id", id.toString())
                .param("type", "organization").param("format", "csv"), true)).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).startsWith("\"revision\",\"changedAt\",\"user\"")
                .contains("\"city\",\"Moscow\",\"Skolkovo\"");
        var page = mvc.perform(get("/admin/audit").param("type", "organization").param("id", id.toString())
                .session(signedIn.session(Actor.ADMIN))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Skolkovo", "audit-manager");
        for (Actor actor : List.of(Actor.PARTNER, Actor.MANAGER, Actor.COMMITTEE)) {
            assertThat(mvc.perform(signedIn.as(actor, get("/api/v1/audit"), true)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
    }

    @Test
    void securityEventsAreAppendedWithoutForgedLines() throws Exception {
        mvc.perform(post("/login").param("username", "audit-manager").param("password", "wrong").with(csrf()));
        mvc.perform(post("/login").param("username", "forged\r\nLOGIN admin").param("password", "wrong").with(csrf()));
        signedIn.login("audit-committee", Actor.PASSWORD);
        mvc.perform(get("/admin/audit").session(signedIn.session(Actor.PARTNER)));
        var issued = tokens.issue(signedIn.user(Actor.COMMITTEE).id(), "audited token", null);
        tokens.revoke(signedIn.user(Actor.COMMITTEE).id(), issued.token().id());

        var events = audit.securityEvents(null, null, null, 1000);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("LOGIN_FAILED");
            assertThat(e.user()).isEqualTo("audit-manager");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.user()).isEqualTo("forged  LOGIN admin"));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("LOGIN");
            assertThat(e.user()).isEqualTo("audit-committee");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("ACCESS_DENIED");
            assertThat(e.user()).isEqualTo("audit-partner");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("TOKEN_CREATED");
            assertThat(e.detail()).contains(issued.token().id().toString());
        });
        assertThat(events).anySatisfy(e -> assertThat(e.kind()).isEqualTo("TOKEN_REVOKED"));
        var csv = mvc.perform(signedIn.as(Actor.ADMIN, get("/api/v1/audit/security-events").param("format", "csv"), true))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).noneMatch(line -> line.startsWith("LOGIN admin"));
    }
}
