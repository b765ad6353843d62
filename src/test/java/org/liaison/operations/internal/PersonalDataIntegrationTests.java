package org.liaison.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
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
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.AffiliationDraft;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.PersonDraft;
import org.liaison.directory.internal.Person;
import org.hibernate.search.mapper.orm.Search;
import jakarta.persistence.EntityManagerFactory;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's data exported from every module that holds some, and erased from the database and
 * the search index, with their names in the audit trail replaced by a stable pseudonym.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementService engagements;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagers;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "gdpr", UUID.randomUUID());
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("personal-data-test"), work);
    }

    @Test
    void exportsEverythingAboutAPersonThenErasesThemKeepingAPseudonymousTrail() throws Exception {
        String name = "Erasable Person " + UUID.randomUUID().toString().substring(0, 6);
        var person = asSystem(() -> directory.registerPerson(new PersonDraft(List.of(new NameInput(name, "en", true)),
                "Met at the Tohoku forum")));
        var keep = asSystem(() -> directory.registerPerson(new PersonDraft(List.of(new NameInput("Kept Person", "en", true)), null)));
        var org = asSystem(() -> directory.register(new OrganizationDraft(OrganizationKind.UNIVERSITY,
                List.of(new NameInput("Erasure University", "en", true)), List.of(), "JP", null, null, null, Set.of())));
        asSystem(() -> directory.affiliate(new AffiliationDraft(person.id(), org.id(), "professor", null, null)));
        var engagement = asSystem(() -> engagements.create(new EngagementDraft(EngagementKind.MEETING, "Erasure meeting",
                Schedule.of(LocalDateTime.of(2012, 4, 25, 10, 0), null, "Asia/Tokyo"), null, null, null, null, null, null,
                null, List.of(new ParticipantInput(org.id(), null, Side.PARTNER, null),
                        new ParticipantInput(null, person.id(), Side.PARTNER, "speaker")))));

        var export = mvc.perform(signedIn.as(Actor.ADMIN, get("/api/v1/admin/personal-data/" + person.id()), true))
                .andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentAsString()).contains(name, "Met at the Tohoku forum", "professor",
                "Erasure meeting", "speaker", "\"auditTrail\"");
        assertThat(mvc.perform(signedIn.as(Actor.MANAGER, get("/api/v1/admin/personal-data/" + person.id()), true))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from person_name_aud where text = ?", Integer.class, name)).isPositive();

        var erased = mvc.perform(signedIn.as(Actor.ADMIN, delete("/api/v1/admin/personal-data/" + person.id()), true))
                .andReturn().getResponse();
        assertThat(erased.getStatus()).isEqualTo(204);

        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from affiliation where person_id = ?", Integer.class, person.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from engagement_participant where person_id = ?", Integer.class,
                person.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from engagement where id = ?", Integer.class, engagement.id()))
                .as("the engagement stays").isEqualTo(1);
        // search index
        var em = entityManagers.createEntityManager();
        try {
            assertThat(Search.session(em).search(Person.class).where(f -> f.id().matching(person.id()))
                    .fetchTotalHitCount()).as("in the search index").isZero();
            assertThat(Search.session(em).search(Person.class).where(f -> f.id().matching(keep.id()))
                    .fetchTotalHitCount()).as("others stay in the index").isEqualTo(1);
        } finally {
            em.close();
        }
        // audit trail: no name left, the same pseudonym everywhere, who and when kept
        assertThat(jdbc.queryForObject("select count(*) from person_name_aud where text = ?", Integer.class, name)).isZero();
        String pseudonym = PersonalData.pseudonym(person.id());
        assertThat(jdbc.queryForList("select distinct text from person_name_aud where person_id = ?", String.class, person.id()))
                .containsExactly(pseudonym);
        assertThat(jdbc.queryForList("select description from person_aud where id = ?", String.class, person.id()))
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject("select count(*) from person_aud where id = ? and revtype = 2", Integer.class,
                person.id())).isEqualTo(1);
        assertThat(mvc.perform(signedIn.as(Actor.ADMIN, get("/api/v1/admin/personal-data/" + person.id()), true))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
