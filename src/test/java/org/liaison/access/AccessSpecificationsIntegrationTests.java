package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

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
 * The SQL read rule gives exactly the records {@link ReadScope#permits} gives, for every kind of
 * scope, on real rows with every kind of access (the SQL twin of AccessSearchPredicatesIntegrationTests;
 * only this test's rows are queried).
 */
@Tag("persistence")
@SpringBootTest(properties = { "liaison.demo.enabled=false", "liaison.test.context=access-specifications" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessSpecificationsIntegrationTests {

    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID HUB = UUID.fromString("00000000-0000-0000-0000-0000000000d0");

    @Autowired
    Organizations organizations;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final Map<String, AccessControl> records = new LinkedHashMap<>();
    final Map<UUID, String> names = new LinkedHashMap<>();

    @BeforeAll
    void saveRecordsWithEveryKindOfAccess() {
        records.putAll(AccessVariants.of(P1, P2, HUB));
        var fixtures = new DirectoryFixtures(organizations, null);
        records.forEach((name, access) -> {
            var org = fixtures.organization(OrganizationKind.OTHER, null).name("sql " + name, "en").access(access).save();
            names.put(org.getId(), name);
        });
    }

    @Test
    void agreesWithTheRuleForEveryKindOfScope() {
        for (var scope : Set.of(ReadScope.everything(), ReadScope.nothing(), ReadScope.staff(Set.of()),
                ReadScope.staff(Set.of("committee")), ReadScope.staff(Set.of("committee", "board")),
                ReadScope.partner(P1), ReadScope.partner(P2), ReadScope.partner(UUID.randomUUID()),
                new ReadScope(ReadScope.Kind.PARTNER, Set.of(), null))) {
            var expected = records.entrySet().stream().filter(e -> scope.permits(e.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(found(scope)).as("rows found for %s", scope).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aPartnerSeesWhatItOwnsAndWhatIsSharedWithIt() {
        assertThat(found(ReadScope.partner(P1))).containsExactlyInAnyOrder("internal-owned-by-p1", "shared-with-p1",
                "shared-with-p1-and-p2", "confidential-board-owned-by-p1");
        assertThat(found(ReadScope.partner(P2))).containsExactlyInAnyOrder("shared-with-p2", "shared-with-p1-and-p2");
    }

    private Set<String> found(ReadScope scope) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(UUID.class);
            var root = query.from(Organization.class);
            query.select(root.get("id")).where(root.get("id").in(names.keySet()),
                    AccessSpecifications.<Organization>permits(scope).toPredicate(root, query, cb));
            return entityManager.createQuery(query).getResultList().stream().map(names::get).collect(Collectors.toSet());
        }
    }
}
