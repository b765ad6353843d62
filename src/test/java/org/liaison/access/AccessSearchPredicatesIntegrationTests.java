package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.directory.DirectoryFixtures;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.internal.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The index-side read rule gives exactly the records {@link ReadScope#permits} gives, for every
 * kind of scope, on a real index of records with every kind of access.
 */
@Tag("persistence")
@SpringBootTest(properties = { "liaison.demo.enabled=false", "liaison.test.context=access-search-predicates" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessSearchPredicatesIntegrationTests {

    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID HUB = UUID.fromString("00000000-0000-0000-0000-0000000000b0");

    @Autowired
    Organizations organizations;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** Record name → its access. */
    final Map<String, AccessControl> records = new LinkedHashMap<>();
    final Map<UUID, String> names = new LinkedHashMap<>();

    @BeforeAll
    void saveRecordsWithEveryKindOfAccess() {
        records.putAll(AccessVariants.of(P1, P2, HUB));
        var fixtures = new DirectoryFixtures(organizations, null);
        records.forEach((name, access) -> {
            var org = fixtures.organization(OrganizationKind.OTHER, null).name(name, "en").access(access).save();
            names.put(org.getId(), name);
        });
    }

    @Test
    void allSeesEverything() {
        assertThat(found(ReadScope.everything())).containsExactlyInAnyOrderElementsOf(records.keySet());
        assertAgreesWithTheRule(ReadScope.everything());
    }

    @Test
    void noneSeesNothing() {
        assertThat(found(ReadScope.nothing())).isEmpty();
        assertAgreesWithTheRule(ReadScope.nothing());
    }

    @Test
    void staffWithoutGroupsSeesAllButConfidential() {
        var scope = ReadScope.staff(Set.of());
        assertThat(found(scope)).containsExactlyInAnyOrder("internal-owned-by-p1", "internal-of-the-hub",
                "internal-without-owner", "shared-with-p1", "shared-with-p2", "shared-with-p1-and-p2",
                "shared-with-nobody");
        assertAgreesWithTheRule(scope);
    }

    @Test
    void staffInAGroupAlsoSeesThatGroupsConfidentialRecords() {
        var scope = ReadScope.staff(Set.of("committee"));
        assertThat(found(scope)).contains("confidential-committee").doesNotContain("confidential-board-owned-by-p1");
        assertAgreesWithTheRule(scope);
        assertAgreesWithTheRule(ReadScope.staff(Set.of("committee", "board")));
        assertAgreesWithTheRule(ReadScope.staff(Set.of("nobody-uses-this-group")));
    }

    @Test
    void partnerSeesWhatItOwnsAndWhatIsSharedWithIt() {
        var scope = ReadScope.partner(P1);
        assertThat(found(scope)).containsExactlyInAnyOrder("internal-owned-by-p1", "shared-with-p1",
                "shared-with-p1-and-p2", "confidential-board-owned-by-p1");
        assertAgreesWithTheRule(scope);
    }

    @Test
    void anotherPartnerSeesItsOwnShareOnly() {
        var scope = ReadScope.partner(P2);
        assertThat(found(scope)).containsExactlyInAnyOrder("shared-with-p2", "shared-with-p1-and-p2");
        assertAgreesWithTheRule(scope);
    }

    @Test
    void aPartnerNobodySharesWithSeesNothing() {
        assertThat(found(ReadScope.partner(UUID.randomUUID()))).isEmpty();
        var unbound = new ReadScope(ReadScope.Kind.PARTNER, Set.of(), null);
        assertThat(found(unbound)).isEmpty();
        assertAgreesWithTheRule(unbound);
    }

    @Test
    void appliesUnderAnyPathTheAccessIsEmbeddedAt() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            long count = Search.session(entityManager).search(Organization.class)
                    .where(f -> f.bool().filter(AccessSearchPredicates.permits(f, "access", ReadScope.partner(P2))))
                    .fetchTotalHitCount();
            assertThat(count).isEqualTo(2);
        }
    }

    private void assertAgreesWithTheRule(ReadScope scope) {
        var expected = records.entrySet().stream().filter(e -> scope.permits(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(found(scope)).as("records found for %s", scope).containsExactlyInAnyOrderElementsOf(expected);
    }

    private Set<String> found(ReadScope scope) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Organization.class)
                    .select(f -> f.id(UUID.class))
                    .where(f -> f.bool().filter(AccessSearchPredicates.permits(f, scope)))
                    .fetchHits(100).stream().map(names::get).collect(Collectors.toSet());
        }
    }
}
