package org.liaison.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.directory.OrganizationId;
import org.liaison.relationships.Stage;
import org.liaison.shared.RuleViolationException;

class RelationshipTests {

    static final Instant T0 = Instant.parse("2012-04-01T09:00:00Z");
    final UUID manager = UUID.randomUUID();

    Relationship at(Stage stage) {
        return new Relationship(new OrganizationId(UUID.randomUUID()), stage, manager, "first seen", manager, T0);
    }

    static void refused(Runnable move, String code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void keepsWhoMovedItWhenFromWhereAndWhy() {
        var r = at(Stage.PROSPECT);
        var t1 = T0.plusSeconds(3600);
        r.moveTo(Stage.CONTACTED, "letter sent", manager, t1);
        assertThat(r.getStage()).isEqualTo(Stage.CONTACTED);
        assertThat(r.getHistory()).hasSize(2);
        var last = r.getHistory().getLast();
        assertThat(last.from()).isEqualTo(Stage.PROSPECT);
        assertThat(last.to()).isEqualTo(Stage.CONTACTED);
        assertThat(last.by()).isEqualTo(manager);
        assertThat(last.at()).isEqualTo(t1);
        assertThat(last.reason()).isEqualTo("letter sent");
        assertThat(r.getHistory().getFirst().from()).isNull();
    }

    @Test
    void refusesAMoveToTheSameStage() {
        refused(() -> at(Stage.ENGAGED).moveTo(Stage.ENGAGED, "again", manager, T0), "relationship-same-stage");
    }

    @Test
    void refusesAnAgreementBeforeEngagement() {
        refused(() -> at(Stage.PROSPECT).moveTo(Stage.AGREEMENT, "", manager, T0), "relationship-agreement-too-early");
        refused(() -> at(Stage.CONTACTED).moveTo(Stage.AGREEMENT, "", manager, T0), "relationship-agreement-too-early");
        at(Stage.ENGAGED).moveTo(Stage.AGREEMENT, null, manager, T0);
        at(Stage.NEGOTIATING).moveTo(Stage.AGREEMENT, null, manager, T0);
    }

    @Test
    void activeFollowsAnAgreement() {
        refused(() -> at(Stage.NEGOTIATING).moveTo(Stage.ACTIVE, "", manager, T0), "relationship-active-without-agreement");
        at(Stage.AGREEMENT).moveTo(Stage.ACTIVE, null, manager, T0);
    }

    @Test
    void movingBackOrToDormantNeedsAReason() {
        refused(() -> at(Stage.NEGOTIATING).moveTo(Stage.CONTACTED, "  ", manager, T0), "relationship-reason-required");
        refused(() -> at(Stage.ENGAGED).moveTo(Stage.DORMANT, null, manager, T0), "relationship-reason-required");
        at(Stage.NEGOTIATING).moveTo(Stage.CONTACTED, "their team changed", manager, T0);
        at(Stage.ENGAGED).moveTo(Stage.DORMANT, "no answer for a year", manager, T0);
    }

    @Test
    void dormantCanGoBackToAnyStage() {
        for (Stage target : Stage.values()) {
            if (target == Stage.DORMANT) {
                continue;
            }
            var r = at(Stage.DORMANT);
            r.moveTo(target, null, manager, T0);
            assertThat(r.getStage()).isEqualTo(target);
        }
    }

    @Test
    void aSignedAgreementMovesFromAnyEarlierStageOnce() {
        var r = at(Stage.PROSPECT);
        assertThat(r.agreementSigned("memorandum signed", T0)).isNotNull();
        assertThat(r.getStage()).isEqualTo(Stage.AGREEMENT);
        assertThat(r.agreementSigned("memorandum signed", T0)).isNull();
        assertThat(r.getHistory()).hasSize(2);
    }

    @Test
    void recordsEachInteractionOnceAndKeepsTheLastContact() {
        var r = at(Stage.CONTACTED);
        var meeting = UUID.randomUUID();
        assertThat(r.recordInteraction(meeting, LocalDate.of(2012, 4, 26), "meeting", 1, T0)).isTrue();
        assertThat(r.recordInteraction(meeting, LocalDate.of(2012, 4, 26), "meeting", 1, T0)).isFalse();
        r.recordInteraction(UUID.randomUUID(), LocalDate.of(2012, 3, 1), "call", 1, T0);
        assertThat(r.getInteractions()).hasSize(2);
        assertThat(r.getLastContact()).isEqualTo(LocalDate.of(2012, 4, 26));
    }

    @Test
    void anEngagementLoggedAgainWithAnotherDayReplacesItsInteraction() {
        var r = at(Stage.CONTACTED);
        var meeting = UUID.randomUUID();
        r.recordInteraction(meeting, LocalDate.of(2012, 4, 26), "MEETING", 1, T0);
        assertThat(r.recordInteraction(meeting, LocalDate.of(2012, 4, 27), "MEETING", 1, T0)).isTrue();
        assertThat(r.getInteractions()).singleElement().extracting(InteractionRecord::date)
                .isEqualTo(LocalDate.of(2012, 4, 27));
        assertThat(r.forgetInteraction(meeting, T0)).isTrue();
        assertThat(r.forgetInteraction(meeting, T0)).isFalse();
        assertThat(r.getLastContact()).isNull();
    }

    @Test
    void absorbsADuplicatesHistoryInTimeOrder() {
        var survivor = at(Stage.ENGAGED);
        var duplicate = new Relationship(new OrganizationId(UUID.randomUUID()), Stage.PROSPECT, null, null, manager,
                T0.minusSeconds(86_400));
        duplicate.moveTo(Stage.CONTACTED, "call", manager, T0.plusSeconds(60));
        duplicate.recordInteraction(UUID.randomUUID(), LocalDate.of(2012, 5, 2), "call", 1, T0);
        survivor.absorb(duplicate, T0.plusSeconds(120));
        assertThat(survivor.getStage()).isEqualTo(Stage.ENGAGED);
        assertThat(survivor.getHistory()).extracting(StageChange::at)
                .containsExactly(T0.minusSeconds(86_400), T0, T0.plusSeconds(60));
        assertThat(survivor.getInteractions()).hasSize(1);
        assertThat(survivor.getLastContact()).isEqualTo(LocalDate.of(2012, 5, 2));
    }
}
