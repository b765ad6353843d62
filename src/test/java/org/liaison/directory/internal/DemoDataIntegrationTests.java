package org.liaison.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaison.directory.internal.DirectoryStory.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.RelationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo instance holds the reference story as records, and loading it again adds nothing. Each
 * test runs in a transaction that is rolled back, so names load lazily and nothing is left behind.
 */
@Tag("persistence")
@SpringBootTest
@Transactional
class DemoDataIntegrationTests {

    @Autowired
    DirectoryStory story;

    @Autowired
    DirectoryQueries queries;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    Affiliations affiliations;

    @Autowired
    OrganizationRelations relations;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    Organization org(String name) {
        var found = organizations.findByNameIgnoreCase(name);
        assertThat(found).as("organization named %s", name).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyOrganizationOfTheStoryIsThereWithItsNativeNameKindAndCountry() {
        ORGANIZATIONS.forEach(this::org);
        assertThat(org("Фонд «Сколково»").getId()).isEqualTo(org(SKOLKOVO).getId());
        assertThat(org(SKOLKOVO).getKind()).isEqualTo(OrganizationKind.INNOVATION_HUB);
        assertThat(org(SKOLKOVO).getCountry()).isEqualTo("RU");
        assertThat(org("Z-Park").getId()).isEqualTo(org(ZHONGGUANCUN).getId());
        assertThat(org("中关村").aliases()).extracting(Name::text, Name::lang)
                .contains(tuple("Z-Park", "en"));
        assertThat(org("中关村").getCity()).isEqualTo("Beijing");
        assertThat(org("経団連").getId()).isEqualTo(org(KEIDANREN).getId());
        assertThat(org("日本経済団体連合会").primaryName().lang()).isEqualTo("ja");
        assertThat(org(KEIDANREN).getKind()).isEqualTo(OrganizationKind.BUSINESS_ASSOCIATION);
        Map.of("联想", "CN", "中兴通讯", "CN", "日立製作所", "JP", "日本電気", "JP", "三菱", "JP", "東芝", "JP")
                .forEach((name, country) -> {
                    assertThat(org(name).getKind()).isEqualTo(OrganizationKind.CORPORATION);
                    assertThat(org(name).getCountry()).isEqualTo(country);
                });
        assertThat(org(LENOVO).getDescription()).contains("actively developing activities in Russia");
        assertThat(org(ZTE).getDescription()).contains("actively developing activities in Russia");
        assertThat(org("経済産業省").getKind()).isEqualTo(OrganizationKind.GOVERNMENT_BODY);
        assertThat(org("外務省").getKind()).isEqualTo(OrganizationKind.GOVERNMENT_BODY);
        assertThat(org("国务院").getCountry()).isEqualTo("CN");
        assertThat(org(TOKYO_RESEARCH_CENTER).getKind()).isEqualTo(OrganizationKind.RESEARCH_CENTRE);
        assertThat(org(TOKYO_RESEARCH_CENTER).getDescription()).contains("of the Tokyo university");
        assertThat(org(TORCH).getKind()).isEqualTo(OrganizationKind.TECHNOPARK);
        assertThat(org("清华大学").getKind()).isEqualTo(OrganizationKind.UNIVERSITY);
    }

    @Test
    void keidanrensMembersAreTheFourJapaneseCorporations() {
        var keidanren = org(KEIDANREN).getId();
        var members = relations.findInvolving(keidanren).stream()
                .filter(r -> r.getType() == RelationType.MEMBER_OF && r.getTo().equals(keidanren))
                .map(r -> organizations.findById(r.getFrom()).orElseThrow().primaryName().text())
                .toList();

        assertThat(members).containsExactlyInAnyOrder("日立製作所", "日本電気", "三菱", "東芝");
    }

    @Test
    void theMouPartiesAndTheTechnoparksUniversityAreRelated() {
        var skolkovo = org(SKOLKOVO).getId();
        var torch = org(TORCH).getId();

        assertThat(relations.findInvolving(torch)).anySatisfy(r -> {
            assertThat(r.getFrom()).isEqualTo(skolkovo);
            assertThat(r.getType()).isEqualTo(RelationType.PARTNER_OF);
            assertThat(r.getNote()).contains("Memorandum of understanding", "2012");
        });
        assertThat(relations.findInvolving(torch)).anySatisfy(r -> {
            assertThat(r.getType()).isEqualTo(RelationType.PART_OF);
            assertThat(r.getTo()).isEqualTo(org(TSINGHUA).getId());
        });
    }

    @Test
    void thePeopleAreTheTwoTheStoryNamesWithTheirRoles() {
        var storyOrganizations = ORGANIZATIONS.stream().map(n -> org(n).getId()).toList();
        var affiliated = new HashSet<String>();
        storyOrganizations.forEach(id -> affiliations.findByOrganization(id).forEach(a ->
                affiliated.add(people.findById(a.getPerson()).orElseThrow().primaryName().text() + " / "
                        + a.getRole() + " / " + organizations.findById(a.getOrganization()).orElseThrow()
                        .primaryName().text())));

        assertThat(affiliated).containsExactlyInAnyOrder(
                "Виктор Вексельберг / President / Фонд «Сколково»",
                "李克强 / Vice-Premier / 中华人民共和国国务院");
        assertThat(affiliations.findByOrganization(org(LENOVO).getId())).as("no invented managers").isEmpty();
        assertThat(affiliations.findByOrganization(org(ZTE).getId())).as("no invented managers").isEmpty();
        assertThat(people.findByNameIgnoreCase(VEKSELBERG)).hasSize(1);
        assertThat(people.findByNameIgnoreCase(LI_KEQIANG)).hasSize(1);
    }

    @Test
    void theHomeHubIsTheSkolkovoFoundation() {
        var hub = queries.homeHub().orElseThrow();

        assertThat(hub.id().value()).isEqualTo(org(SKOLKOVO).getId());
        assertThat(hub.kind()).isEqualTo(OrganizationKind.INNOVATION_HUB);
        assertThat(hub.nameIn(java.util.Locale.ENGLISH)).isEqualTo(SKOLKOVO);
        assertThat(hub.nameIn(java.util.Locale.forLanguageTag("ru"))).isEqualTo("Фонд «Сколково»");
    }

    @Test
    void theDemoPartnerUserIsBoundToTheTorchTechnopark() {
        var partner = users.findByUsername(PARTNER_USER).orElseThrow();

        assertThat(partner.roles()).containsExactly(Role.PARTNER);
        assertThat(partner.organization()).isEqualTo(org(TORCH).getId());
    }

    @Test
    void loadingTheStoryAgainAddsNothing() {
        var before = counts();

        tx.executeWithoutResult(s -> story.contribute());

        assertThat(counts()).isEqualTo(before);
    }

    private List<Integer> counts() {
        return List.of("organization", "organization_name", "person", "person_name", "affiliation",
                "organization_relation", "user_account").stream()
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
                .toList();
    }

    @Test
    void storyRecordsOwnThemselvesAndAreInternal() {
        var hub = org(SKOLKOVO);

        assertThat(hub.getAccess().ownerOrganization()).isEqualTo(hub.getId());
        assertThat(hub.getAccess().visibility()).isEqualTo(org.liaison.access.Visibility.INTERNAL);
    }
}
