package org.liaison.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Merging two organizations in the directory moves the duplicate's relationship to the survivor
 * after the commit (the listener runs asynchronously; the test waits for it with Awaitility).
 */
@SpringBootTest
@Tag("persistence")
class RelationshipMergeIntegrationTests {

    @Autowired
    DirectoryService directory;
    @Autowired
    RelationshipService relationships;
    @Autowired
    RelationshipRepository repository;

    static <T> T asSystem(Supplier<T> work) {
        return ViewerContext.call(Viewer.system("relationships-test"), work);
    }

    OrganizationId organization(String name) {
        return new OrganizationId(asSystem(() -> directory.register(new OrganizationDraft(OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), "JP", null, null, null, Set.of()))).id());
    }

    void merge(OrganizationId duplicate, OrganizationId survivor) {
        asSystem(() -> directory.merge(duplicate.value(), null, survivor.value(), null));
    }

    @Test
    void theDuplicatesRelationshipIsAbsorbedWithItsHistory() {
        var duplicate = organization("Toshiba duplicate");
        var survivor = organization("Toshiba");
        var old = asSystem(() -> relationships.create(duplicate, Stage.PROSPECT, null, null, null, "named in Tokyo"));
        asSystem(() -> relationships.moveTo(old.id(), old.version(), Stage.CONTACTED, "letter sent"));
        var kept = asSystem(() -> relationships.create(survivor, Stage.ENGAGED, null, null, null, "met at Keidanren"));

        merge(duplicate, survivor);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findByOrganization(duplicate.value())).isEmpty());
        var history = asSystem(() -> relationships.history(kept.id()));
        assertThat(history).extracting(StageChange::reason).containsExactlyInAnyOrder(
                "named in Tokyo", "letter sent", "met at Keidanren");
        assertThat(asSystem(() -> relationships.get(kept.id())).stage()).isEqualTo(Stage.ENGAGED);

        // delivered again: nothing changes
        asSystem(() -> {
            relationships.organizationsMerged(duplicate, survivor);
            return null;
        });
        assertThat(asSystem(() -> relationships.history(kept.id()))).hasSize(3);
    }

    @Test
    void aRelationshipOfAMergedOrganizationMovesToASurvivorWithoutOne() {
        var duplicate = organization("NEC duplicate");
        var survivor = organization("NEC");
        var moved = asSystem(() -> relationships.create(duplicate, Stage.CONTACTED, null, null, null, null));

        merge(duplicate, survivor);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findByOrganization(survivor.value())).isPresent());
        assertThat(repository.findByOrganization(survivor.value()).orElseThrow().getId()).isEqualTo(moved.id());
        assertThat(repository.findByOrganization(duplicate.value())).isEmpty();
    }
}
