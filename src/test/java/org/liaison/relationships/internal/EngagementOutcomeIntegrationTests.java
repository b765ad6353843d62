package org.liaison.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementOutcome;
import org.liaison.engagements.ProposedStage;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An engagement's outcome moves the partners' relationships forward, after the commit (with the
 * interaction, from the same EngagementLogged): the move is
 * in the stage history with the engagement as the reason; backwards proposals, the hub's own side
 * and repeated deliveries change nothing.
 */
@Tag("persistence")
@SpringBootTest
class EngagementOutcomeIntegrationTests {

    static final Viewer SYSTEM = Viewer.system("engagement outcome tests");
    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    EngagementService engagements;
    @Autowired
    RelationshipService relationships;
    @Autowired
    RelationshipRepository repository;
    @Autowired
    EngagementOutcomes outcomes;
    @Autowired
    DirectoryService directory;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anOutcomeMovesTheRelationshipForwardWithTheEngagementAsReason() {
        var nec = organization("NEC outcome");
        var relationship = ViewerContext.call(SYSTEM, () -> relationships.create(nec, Stage.PROSPECT, null, null, null, "Named in Tokyo"));

        var meeting = ViewerContext.call(SYSTEM, () -> engagements.create(draft("Meeting with NEC", nec, Side.PARTNER,
                ProposedStage.CONTACTED)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(stage(nec)).isEqualTo(Stage.CONTACTED));
        // The interaction is recorded too: both effects of the one event, neither lost to the other.
        java.time.LocalDate lastContact = tx.execute(s -> repository.findByOrganization(nec.value()).orElseThrow().getLastContact());
        assertThat(lastContact).isEqualTo(meeting.start().toLocalDate());
        var history = history(relationship.id());
        var last = history.getLast();
        assertThat(last.from()).isEqualTo(Stage.PROSPECT);
        assertThat(last.to()).isEqualTo(Stage.CONTACTED);
        assertThat(last.reason()).contains("Meeting with NEC").contains(meeting.id().toString());
        assertThat(last.by()).isNull();

        // The same publication delivered again records nothing more.
        var again = new EngagementOutcome("Meeting with NEC", List.of(nec), ProposedStage.CONTACTED);
        Integer moved = tx.execute(s -> ViewerContext.call(SYSTEM, () -> outcomes.apply(new EngagementId(meeting.id()), again)));
        assertThat(moved).isZero();
        assertThat(history(relationship.id())).hasSize(history.size());
    }

    @Test
    void aProposalBehindTheCurrentStageChangesNothing() {
        var toshiba = organization("Toshiba outcome");
        var relationship = ViewerContext.call(SYSTEM, () -> relationships.create(toshiba, Stage.NEGOTIATING, null, null, null, null));
        int before = history(relationship.id()).size();

        var created = ViewerContext.call(SYSTEM, () -> engagements.create(draft("Call with Toshiba", toshiba, Side.PARTNER,
                ProposedStage.CONTACTED)));
        var outcome = new EngagementOutcome(created.title(), List.of(toshiba), ProposedStage.CONTACTED);

        // Applied directly too, so the assertion does not depend on when the asynchronous listener ran.
        Integer moved = tx.execute(s -> ViewerContext.call(SYSTEM, () -> outcomes.apply(new EngagementId(created.id()), outcome)));
        assertThat(moved).isZero();
        assertThat(stage(toshiba)).isEqualTo(Stage.NEGOTIATING);
        assertThat(history(relationship.id())).hasSize(before);
    }

    @Test
    void anOrganizationWithoutARelationshipGetsOneAtTheProposedStage() {
        var mitsubishi = organization("Mitsubishi outcome");
        ViewerContext.call(SYSTEM, () -> engagements.create(draft("Meeting with Mitsubishi", mitsubishi, Side.PARTNER,
                ProposedStage.ENGAGED)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(stage(mitsubishi)).isEqualTo(Stage.ENGAGED));
    }

    @Test
    void editingInAProposalLaterMovesTheRelationshipThen() {
        var hitachi = organization("Hitachi outcome");
        var relationship = ViewerContext.call(SYSTEM, () -> relationships.create(hitachi, Stage.PROSPECT, null, null, null, null));
        var created = ViewerContext.call(SYSTEM, () -> engagements.create(draft("Visit of Hitachi", hitachi, Side.PARTNER, null)));

        ViewerContext.call(SYSTEM, () -> engagements.update(created.id(), created.version(),
                draft("Visit of Hitachi", hitachi, Side.PARTNER, ProposedStage.ENGAGED)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(stage(hitachi)).isEqualTo(Stage.ENGAGED));
        assertThat(history(relationship.id()).getLast().reason()).contains(created.id().toString());
    }

    Stage stage(OrganizationId organization) {
        return tx.execute(s -> repository.findByOrganization(organization.value()).map(Relationship::getStage).orElse(null));
    }

    List<StageChange> history(UUID relationship) {
        return tx.execute(s -> List.copyOf(repository.findById(relationship).orElseThrow().getHistory()));
    }

    EngagementDraft draft(String title, OrganizationId organization, Side side, @Nullable ProposedStage stage) {
        return new EngagementDraft(EngagementKind.MEETING, title,
                Schedule.of(LocalDateTime.of(2031, 4, 26, 10, 0), null, "Asia/Tokyo"), null, "Tokyo", "JP", null, null,
                "Agreed to talk again", null, List.of(new ParticipantInput(organization.value(), null, side, null)), stage);
    }

    OrganizationId organization(String name) {
        return new OrganizationId(ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(
                OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)), List.of(),
                "JP", null, null, null, Set.of())).id()));
    }
}
