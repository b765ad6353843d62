package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementLogged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/** EngagementLogged for the relationships, and the move of participants when organizations merge. */
@Tag("persistence")
@SpringBootTest
@EnableScenarios
class EngagementEventsIntegrationTests {

    static final Viewer SYSTEM = Viewer.system("engagement event tests");

    @Autowired
    EngagementService engagements;
    @Autowired
    Engagements repository;
    @Autowired
    DirectoryService directory;
    @Autowired
    TransactionTemplate tx;

    @Test
    void loggingAnEngagementWithOrganizationsPublishesEngagementLogged(Scenario scenario) {
        var nec = organization("NEC event test");
        var meeting = draft("Meeting with NEC", LocalDateTime.of(2031, 4, 26, 8, 0), nec);

        scenario.stimulate(() -> ViewerContext.call(SYSTEM, () -> engagements.create(meeting)))
                .andWaitForEventOfType(EngagementLogged.class)
                .matching(e -> e.organizations().contains(nec))
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.engagement().value()).isEqualTo(created.id());
                    assertThat(event.organizations()).containsExactly(nec);
                    // the date on site in Tokyo, though 08:00 there is the day before in UTC
                    assertThat(event.date()).isEqualTo(LocalDate.of(2031, 4, 26));
                    assertThat(event.kind()).isEqualTo("MEETING");
                });
    }

    @Test
    void changingTheDateLogsTheEngagementAgain(Scenario scenario) {
        var hitachi = organization("Hitachi event test");
        var created = ViewerContext.call(SYSTEM, () -> engagements.create(
                draft("Meeting with Hitachi", LocalDateTime.of(2031, 4, 26, 10, 0), hitachi)));

        long version = created.version();

        scenario.stimulate(() -> ViewerContext.call(SYSTEM, () -> engagements.update(created.id(), version,
                        draft("Meeting with Hitachi", LocalDateTime.of(2031, 5, 10, 10, 0), hitachi))))
                .andWaitForEventOfType(EngagementLogged.class)
                .matching(e -> e.engagement().value().equals(created.id()) && e.date().equals(LocalDate.of(2031, 5, 10)))
                .toArriveAndVerify(event -> assertThat(event.organizations()).containsExactly(hitachi));
    }

    @Test
    void aMergeMovesParticipantsToTheSurvivorAndReSharesOnce() {
        var survivor = organization("Mitsubishi survivor");
        var duplicate = organization("Mitsubishi duplicate");
        var created = ViewerContext.call(SYSTEM, () -> engagements.create(
                draft("Meeting with Mitsubishi", LocalDateTime.of(2031, 4, 26, 10, 0), duplicate)));

        ViewerContext.run(SYSTEM, () -> directory.merge(duplicate.value(),
                directory.organization(duplicate.value()).version(), survivor.value(),
                directory.organization(survivor.value()).version()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> tx.executeWithoutResult(s -> {
            var engagement = repository.findById(created.id()).orElseThrow();
            assertThat(engagement.organizations()).containsExactly(survivor.value());
            assertThat(engagement.getAccess().sharedWith()).isEqualTo(Set.of(survivor.value()));
        }));
        // Delivered again, the event changes nothing.
        Integer again = tx.execute(s -> engagements.replaceOrganization(duplicate, survivor));
        assertThat(again).isZero();
    }

    EngagementDraft draft(String title, LocalDateTime start, OrganizationId organization) {
        return new EngagementDraft(EngagementKind.MEETING, title, Schedule.of(start, null, "Asia/Tokyo"), null, "Tokyo",
                "JP", null, null, null, null, List.of(new ParticipantInput(organization.value(), null, Side.PARTNER, null)));
    }

    OrganizationId organization(String name) {
        return new OrganizationId(ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(
                OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)), List.of(),
                "JP", null, null, null, Set.of())).id()));
    }
}
