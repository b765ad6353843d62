package org.liaison.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.agreements.AgreementStatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.liaison.agreements.AgreementStatus;

/** The state machine: every legal move lands where it should, every other one is refused with what is allowed. */
class LifecycleTests {

    /** The whole table, written out independently of {@link Transition}'s declarations. */
    static final Map<Transition, Set<AgreementStatus>> LEGAL = Map.of(
            Transition.NEGOTIATE, EnumSet.of(DRAFT),
            Transition.SIGN, EnumSet.of(DRAFT, NEGOTIATING),
            Transition.ACTIVATE, EnumSet.of(SIGNED),
            Transition.MARK_EXPIRING, EnumSet.of(ACTIVE),
            Transition.EXPIRE, EnumSet.of(SIGNED, ACTIVE, EXPIRING),
            Transition.RENEW, EnumSet.of(ACTIVE, EXPIRING, EXPIRED),
            Transition.TERMINATE, EnumSet.of(DRAFT, NEGOTIATING, SIGNED, ACTIVE, EXPIRING));

    static final Map<Transition, AgreementStatus> TARGET = Map.of(
            Transition.NEGOTIATE, NEGOTIATING, Transition.SIGN, SIGNED, Transition.ACTIVATE, ACTIVE,
            Transition.MARK_EXPIRING, EXPIRING, Transition.EXPIRE, EXPIRED, Transition.RENEW, RENEWED,
            Transition.TERMINATE, TERMINATED);

    @TestFactory
    Stream<DynamicTest> everyTransitionFromEveryState() {
        var tests = new ArrayList<DynamicTest>();
        for (var transition : Transition.values()) {
            for (var state : AgreementStatus.values()) {
                boolean legal = LEGAL.get(transition).contains(state);
                tests.add(DynamicTest.dynamicTest(transition.path() + " from " + state + (legal ? " is allowed" : " is refused"), () -> {
                    if (legal) {
                        assertThat(Lifecycle.next(state, transition)).isEqualTo(TARGET.get(transition));
                    } else {
                        assertThatThrownBy(() -> Lifecycle.next(state, transition))
                                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                    assertThat(e.code()).isEqualTo("illegal-transition");
                                    assertThat(e.details()).containsEntry("currentState", state.name())
                                            .containsEntry("transition", transition.path())
                                            .containsEntry("allowedTransitions", Lifecycle.manualFrom(state));
                                });
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void namesTheTransitionsAPersonMayAskForInEachState() {
        assertThat(Lifecycle.manualFrom(DRAFT)).containsExactly("negotiate", "sign", "terminate");
        assertThat(Lifecycle.manualFrom(NEGOTIATING)).containsExactly("sign", "terminate");
        assertThat(Lifecycle.manualFrom(SIGNED)).containsExactly("activate", "terminate");
        assertThat(Lifecycle.manualFrom(ACTIVE)).containsExactly("renew", "terminate");
        assertThat(Lifecycle.manualFrom(EXPIRING)).containsExactly("renew", "terminate");
        assertThat(Lifecycle.manualFrom(EXPIRED)).containsExactly("renew");
        assertThat(Lifecycle.manualFrom(RENEWED)).isEmpty();
        assertThat(Lifecycle.manualFrom(TERMINATED)).isEmpty();
    }

    @Test
    void finalStatesAllowNothingButRenewingAnExpiredOne() {
        assertThat(Lifecycle.allowedFrom(RENEWED)).isEmpty();
        assertThat(Lifecycle.allowedFrom(TERMINATED)).isEmpty();
        assertThat(Lifecycle.allowedFrom(EXPIRED)).containsExactly(Transition.RENEW);
    }

    @Test
    void theDatesMoveASignedAgreementThroughActiveAndExpiringToExpired() {
        var term = new Term(LocalDate.of(2012, 4, 2), LocalDate.of(2012, 5, 1), LocalDate.of(2014, 4, 30), 30);

        assertThat(Lifecycle.due(SIGNED, term, LocalDate.of(2012, 4, 30))).isEmpty();
        assertThat(Lifecycle.due(SIGNED, term, LocalDate.of(2012, 5, 1))).contains(Transition.ACTIVATE);
        assertThat(Lifecycle.due(ACTIVE, term, LocalDate.of(2014, 3, 30))).isEmpty();
        assertThat(Lifecycle.due(ACTIVE, term, LocalDate.of(2014, 3, 31))).contains(Transition.MARK_EXPIRING);
        assertThat(Lifecycle.due(EXPIRING, term, LocalDate.of(2014, 4, 30))).isEmpty();
        assertThat(Lifecycle.due(EXPIRING, term, LocalDate.of(2014, 5, 1))).contains(Transition.EXPIRE);
        assertThat(Lifecycle.due(EXPIRED, term, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void aSignedAgreementFoundPastItsExpiryExpiresAtOnce() {
        var term = new Term(LocalDate.of(2012, 4, 2), null, LocalDate.of(2013, 4, 1), 30);
        assertThat(Lifecycle.due(SIGNED, term, LocalDate.of(2013, 4, 2))).contains(Transition.EXPIRE);
    }

    @Test
    void anOpenEndedAgreementNeverExpiresAndDraftsDoNotMoveByThemselves() {
        var openEnded = new Term(LocalDate.of(2012, 4, 2), null, null, 30);
        assertThat(Lifecycle.due(ACTIVE, openEnded, LocalDate.of(2099, 1, 1))).isEmpty();
        var dated = new Term(null, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 2, 1), 30);
        for (var state : List.of(DRAFT, NEGOTIATING)) {
            assertThat(Lifecycle.due(state, dated, LocalDate.of(2013, 1, 1))).isEmpty();
        }
    }
}
