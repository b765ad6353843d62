package org.liaison.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.liaison.directory.internal.DirectoryFixtures.MANAGER;
import static org.liaison.directory.internal.DirectoryFixtures.COMMITTEE_MEMBER;
import static org.liaison.directory.internal.DirectoryFixtures.organization;
import static org.liaison.directory.internal.DirectoryFixtures.partnerOf;
import static org.liaison.directory.internal.DirectoryFixtures.person;
import static org.liaison.directory.internal.DirectoryFixtures.unique;
import static org.liaison.directory.internal.DirectoryFixtures.withWebsite;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.AccessControl;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.search.OrganizationHit;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The directory's rules, through its service: names, access, duplicates and merging. */
@Tag("persistence")
@SpringBootTest
class DirectoryServiceIntegrationTests {

    @Autowired
    DirectoryService directory;

    @Autowired
    DirectoryQueries queries;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    TransactionTemplate tx;

    static <T> T as(Viewer viewer, Supplier<T> work) {
        return ViewerContext.call(viewer, work);
    }

    OrganizationView register(OrganizationDraft draft) {
        return as(MANAGER, () -> directory.register(draft));
    }

    // Names

    @Test
    void makesTheFirstOfficialNamePrimaryWhenNoneIsMarked() {
        var org = register(organization(OrganizationKind.UNIVERSITY, "jp",
                List.of(new NameInput("東北大学", "ja", false), new NameInput(unique("Tohoku"), "en", false)),
                List.of(new NameInput("Tohokudai", "en", true))));

        assertThat(org.primaryName()).isEqualTo("東北大学");
        assertThat(org.names()).filteredOn(NameInput::primary).hasSize(1);
        assertThat(org.aliases()).extracting(NameInput::text, NameInput::primary).containsExactly(
                tuple("Tohokudai", false));
        assertThat(org.country()).isEqualTo("JP");
    }

    @Test
    void refusesAnOrganizationWithoutAnOfficialName() {
        var onlyAliases = organization(OrganizationKind.OTHER, "JP", List.of(new NameInput(" ", "en", true)),
                List.of(new NameInput("Alias", "en", false)));

        assertThatThrownBy(() -> register(onlyAliases)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("name-required");
    }

    @Test
    void refusesTwoPrimaryNamesAndUnknownCountries() {
        var twoPrimaries = organization(OrganizationKind.OTHER, "JP",
                List.of(new NameInput(unique("A"), "en", true), new NameInput("Б", "ru", true)), List.of());
        assertThatThrownBy(() -> register(twoPrimaries)).extracting("code").isEqualTo("one-primary-name");

        var nowhere = organization(OrganizationKind.OTHER, "XX", List.of(new NameInput(unique("X"), "en", true)), List.of());
        assertThatThrownBy(() -> register(nowhere)).extracting("code").isEqualTo("invalid-country");
    }

    // Access

    @Test
    void onlyManagersRegister() {
        var own = register(organization(unique("Own")));

        assertThatThrownBy(() -> as(partnerOf(own.id()), () -> directory.register(organization(unique("New")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(COMMITTEE_MEMBER, () -> directory.register(organization(unique("New")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Viewer.ANONYMOUS, () -> directory.register(organization(unique("New")))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPartnerChangesItsOwnOrganizationOnlyAndDoesNotSeeOthers() {
        var own = register(organization(unique("Own")));
        var shared = register(organization(unique("Shared")));
        var hidden = register(organization(unique("Hidden")));
        tx.executeWithoutResult(s -> organizations.findById(shared.id()).orElseThrow()
                .changeAccess(AccessControl.shared(shared.id(), Set.of(own.id()))));
        var partner = partnerOf(own.id());

        var changed = as(partner, () -> directory.update(own.id(), own.version(), organization(unique("Own renamed"))));
        assertThat(changed.version()).isGreaterThan(own.version());
        assertThat(as(partner, () -> directory.organization(shared.id())).id()).isEqualTo(shared.id());
        assertThatThrownBy(() -> as(partner, () -> directory.update(shared.id(), shared.version(), organization(unique("No")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(partner, () -> directory.organization(hidden.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(partner, () -> queries.summary(new OrganizationId(hidden.id())))).isEmpty();
        assertThat(as(partner, () -> queries.names(List.of(new OrganizationId(own.id()), new OrganizationId(hidden.id())))))
                .containsOnlyKeys(new OrganizationId(own.id()));
    }

    @Test
    void refusesAStaleVersion() {
        var org = register(organization(unique("Versioned")));
        as(MANAGER, () -> directory.update(org.id(), org.version(), organization(unique("Versioned"))));

        assertThatThrownBy(() -> as(MANAGER, () -> directory.update(org.id(), org.version(), organization(unique("Late")))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void listsOnlyThePeopleTheViewerMaySee() {
        var family = "Qwyx" + UUID.randomUUID().toString().substring(0, 6);
        var open = as(MANAGER, () -> directory.registerPerson(person("Open " + family)));
        var secret = as(MANAGER, () -> directory.registerPerson(person("Secret " + family)));
        tx.executeWithoutResult(s -> people.findById(secret.id()).orElseThrow()
                .changeAccess(AccessControl.confidential(null, "committee")));
        var someOrganization = register(organization(unique("Partner org")));

        var staffOnly = new Viewer(UUID.randomUUID(), "staff", Set.of(org.liaison.access.Role.COOPERATION_MANAGER),
                null, Set.of());
        assertThat(as(staffOnly, () -> directory.people(family, PersonOrder.NAME, 0, 10)).map(PersonSummary::id))
                .containsExactly(open.id());
        assertThat(as(COMMITTEE_MEMBER, () -> directory.people(family, PersonOrder.NAME, 0, 10)).getTotalElements())
                .isEqualTo(2);
        assertThat(as(partnerOf(someOrganization.id()), () -> directory.people(family, PersonOrder.NAME, 0, 10)))
                .isEmpty();
        assertThat(as(Viewer.ANONYMOUS, () -> directory.people("", PersonOrder.NAME, 0, 10))).isEmpty();
    }

    // Duplicates

    @Test
    void findsLikelyDuplicatesByNameInAnyCaseAndByWebsite() {
        var name = unique("Sendai Robotics");
        var existing = register(withWebsite(organization(name), "https://sendai-robotics.example/"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(as(MANAGER, () -> directory.likelyDuplicates(organization(name.toUpperCase()))))
                    .extracting(OrganizationHit::id).contains(existing.id());
            assertThat(as(MANAGER, () -> directory.likelyDuplicates(
                    withWebsite(organization(unique("Other name")), "https://sendai-robotics.example/about"))))
                    .extracting(OrganizationHit::id).contains(existing.id());
        });
        assertThat(as(MANAGER, () -> directory.likelyDuplicates(List.of(" "), null))).isEmpty();
    }

    // Merging

    @Test
    void refusesMergingIntoItselfIntoAMergedOneOrOnAStaleVersion() {
        var a = register(organization(unique("A")));
        var b = register(organization(unique("B")));
        var c = register(organization(unique("C")));

        assertThatThrownBy(() -> as(MANAGER, () -> directory.merge(a.id(), a.id(), a.version())))
                .extracting("code").isEqualTo("merge-into-itself");
        assertThatThrownBy(() -> as(MANAGER, () -> directory.merge(a.id(), a.version() + 5, b.id(), null)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> as(MANAGER, () -> directory.merge(a.id(), b.id(), b.version() + 5)))
                .isInstanceOf(StaleVersionException.class);
        as(MANAGER, () -> directory.merge(b.id(), c.id(), c.version()));
        assertThatThrownBy(() -> as(MANAGER, () -> directory.merge(a.id(), null, b.id(), null)))
                .extracting("code").isEqualTo("merge-into-merged");
        assertThatThrownBy(() -> as(MANAGER, () -> directory.merge(b.id(), null, a.id(), null)))
                .extracting("code").isEqualTo("already-merged");
        assertThatThrownBy(() -> as(partnerOf(a.id()), () -> directory.merge(a.id(), null, c.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.current(new OrganizationId(b.id()))).isEqualTo(new OrganizationId(c.id()));
    }
}
