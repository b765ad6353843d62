package org.liaison.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.directory.internal.DirectoryFixtures.MANAGER;
import static org.liaison.directory.internal.DirectoryFixtures.organization;
import static org.liaison.directory.internal.DirectoryFixtures.person;
import static org.liaison.directory.internal.DirectoryFixtures.unique;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.OrganizationsMerged;
import org.liaison.directory.RelationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Merging a duplicate publishes {@link OrganizationsMerged} for the other modules, moves every
 * affiliation and relation to the survivor, keeps the duplicate's names as aliases, and leaves the
 * duplicate pointing at the survivor.
 */
@Tag("persistence")
@SpringBootTest
@EnableScenarios
class OrganizationMergeIntegrationTests {

    @Autowired
    DirectoryService directory;

    @Autowired
    Affiliations affiliations;

    @Autowired
    OrganizationRelations relations;

    @Autowired
    UserAccounts accounts;

    @Test
    void mergingPublishesTheEventMovesLinksAndKeepsNamesAsAliases(Scenario scenario) {
        var survivorName = unique("Tsinghua University");
        var duplicateName = unique("Qinghua Daxue");
        var survivor = register(organization(OrganizationKind.UNIVERSITY, "CN",
                List.of(new NameInput("清华大学", "zh", true), new NameInput(survivorName, "en", false)), List.of()));
        var duplicate = register(organization(OrganizationKind.UNIVERSITY, "CN",
                List.of(new NameInput(duplicateName, "zh-Latn", true)), List.of(new NameInput("THU", "en", false))));
        var partnerUser = accounts.create(NewUser.partner(unique("qinghua-partner").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-"), "Partner", "Correct horse battery staple 2012", duplicate.id()));
        var park = register(organization(unique("Torch technopark")));
        var alumni = register(organization(unique("Alumni association")));
        var professor = ViewerContext.call(MANAGER, () -> directory.registerPerson(person(unique("Professor"))));
        var affiliation = ViewerContext.call(MANAGER, () -> directory.affiliate(
                new AffiliationDraft(professor.id(), duplicate.id(), "Professor", null, null)));
        var partOf = ViewerContext.call(MANAGER, () -> directory.relate(
                new RelationDraft(park.id(), RelationType.PART_OF, duplicate.id(), null, null, null)));
        var memberOf = ViewerContext.call(MANAGER, () -> directory.relate(
                new RelationDraft(duplicate.id(), RelationType.MEMBER_OF, alumni.id(), null, null, null)));
        var selfRelation = ViewerContext.call(MANAGER, () -> directory.relate(
                new RelationDraft(duplicate.id(), RelationType.PARTNER_OF, survivor.id(), null, null, null)));

        scenario.stimulate(() -> ViewerContext.call(MANAGER,
                        () -> directory.merge(duplicate.id(), duplicate.version(), survivor.id(), survivor.version())))
                .andWaitForEventOfType(OrganizationsMerged.class)
                .matching(event -> event.merged().equals(new OrganizationId(duplicate.id())))
                .toArriveAndVerify((event, merged) -> {
                    assertThat(event.survivor()).isEqualTo(new OrganizationId(survivor.id()));
                    assertThat(merged.id()).isEqualTo(survivor.id());
                    assertThat(merged.aliases()).extracting(NameInput::text).contains(duplicateName, "THU");
                    assertThat(merged.primaryName()).isEqualTo("清华大学");
                });

        assertThat(affiliations.findById(affiliation.id()).orElseThrow().getOrganization()).isEqualTo(survivor.id());
        assertThat(relations.findById(partOf.id()).orElseThrow().getTo()).isEqualTo(survivor.id());
        assertThat(relations.findById(memberOf.id()).orElseThrow().getFrom()).isEqualTo(survivor.id());
        assertThat(relations.findById(selfRelation.id())).as("a relation of the two merged ones would relate the "
                + "survivor to itself").isEmpty();
        assertThat(accounts.find(partnerUser.id()).orElseThrow().organization())
                .as("the duplicate's partner users now speak for the survivor").isEqualTo(survivor.id());
        var gone = ViewerContext.call(MANAGER, () -> directory.organization(duplicate.id()));
        assertThat(gone.mergedInto()).isEqualTo(survivor.id());
        var details = ViewerContext.call(MANAGER, () -> directory.details(survivor.id()));
        assertThat(details.people()).extracting(AffiliationView::person).contains(professor.id());
        assertThat(details.relations()).extracting(RelationView::id).contains(partOf.id(), memberOf.id());
    }

    private OrganizationView register(OrganizationDraft draft) {
        return ViewerContext.call(MANAGER, () -> directory.register(draft));
    }
}
