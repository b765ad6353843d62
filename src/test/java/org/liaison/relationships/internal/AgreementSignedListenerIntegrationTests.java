package org.liaison.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementSigned;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** AgreementSigned moves the hub's relationship with each other party to AGREEMENT, once, however often it arrives. */
@Tag("persistence")
@SpringBootTest
class AgreementSignedListenerIntegrationTests {

    static final Viewer SYSTEM = Viewer.system("agreement listener tests");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RelationshipService relationships;
    @Autowired
    RelationshipRepository repository;
    @Autowired
    DirectoryService directory;
    @Autowired
    DirectoryQueries queries;

    @Test
    void movesEveryPartyButTheHubToAgreementAndIgnoresTheEventDeliveredAgain() {
        var hub = ViewerContext.call(SYSTEM, () -> queries.homeHub()).map(h -> h.id())
                .orElseGet(() -> organization("Skolkovo Foundation"));
        var hubBefore = ViewerContext.call(SYSTEM, () -> relationships.stageOf(hub));
        var engaged = organization("Listener engaged partner");
        var unknown = organization("Listener new partner");
        var existing = ViewerContext.call(SYSTEM, () -> relationships.create(engaged, Stage.ENGAGED, null, null, null, null));

        var event = new AgreementSigned(new AgreementId(UUID.randomUUID()), List.of(hub, engaged, unknown), LocalDate.of(2031, 5, 1));
        tx.executeWithoutResult(s -> events.publishEvent(event));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ViewerContext.call(SYSTEM, () -> relationships.stageOf(engaged))).contains(Stage.AGREEMENT);
            assertThat(ViewerContext.call(SYSTEM, () -> relationships.stageOf(unknown))).contains(Stage.AGREEMENT);
        });
        int changes = ViewerContext.call(SYSTEM, () -> relationships.history(existing.id())).size();
        long version = repository.findById(existing.id()).orElseThrow().getVersion();

        tx.executeWithoutResult(s -> events.publishEvent(event));
        var marker = organization("Listener marker partner");
        tx.executeWithoutResult(s -> events.publishEvent(new AgreementSigned(new AgreementId(UUID.randomUUID()),
                List.of(hub, marker), LocalDate.of(2031, 5, 2))));

        // the later event has been handled, so the repeated one (published before it) has been too
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ViewerContext.call(SYSTEM, () -> relationships.stageOf(marker))).contains(Stage.AGREEMENT));
        assertThat(ViewerContext.call(SYSTEM, () -> relationships.history(existing.id()))).hasSize(changes);
        assertThat(repository.findById(existing.id()).orElseThrow().getVersion()).isEqualTo(version);
        assertThat(ViewerContext.call(SYSTEM, () -> relationships.stageOf(hub))).isEqualTo(hubBefore);
    }

    OrganizationId organization(String name) {
        return new OrganizationId(ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(
                OrganizationKind.TECHNOPARK, List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), "CN", null, null, null, Set.of())).id()));
    }
}
