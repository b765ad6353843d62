package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Slot codes follow their moments when an event's plan changes: by the date and time a slot starts where the forum is, not by its code. */
class SlotMovesTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate MAY_20 = LocalDate.of(2031, 5, 20);
    static final LocalDate MAY_21 = LocalDate.of(2031, 5, 21);

    static List<SlotRow> rows(List<LocalDate> days, int minutes) {
        return new SlotPlan(days, LocalTime.of(10, 0), LocalTime.of(11, 0), minutes).rows(SHANGHAI);
    }

    @Test
    void withoutTheFirstDayTheSecondDaysSlotsTakeTheFirstDaysCodesAndTheFirstDaysAreGone() {
        var moves = SlotMoves.between(rows(List.of(MAY_20, MAY_21), 20), SHANGHAI, rows(List.of(MAY_21), 20), SHANGHAI);

        assertThat(moves.changed()).isTrue();
        assertThat(moves.code("d2-1020")).isEqualTo("d1-1020");
        assertThat(moves.code("d1-1020")).isNull();
        assertThat(moves.code(null)).isNull();
        assertThat(moves.code("d9-0900")).isNull();
        assertThat(moves.codes(List.of("d1-1000", "d2-1000", "d2-1040"))).containsExactly("d1-1000", "d1-1040");
    }

    @Test
    void anEarlierDayShiftsEveryCodeByADay() {
        var moves = SlotMoves.between(rows(List.of(MAY_20, MAY_21), 20), SHANGHAI,
                rows(List.of(MAY_20.minusDays(1), MAY_20, MAY_21), 20), SHANGHAI);

        assertThat(Map.of("d1-1000", moves.code("d1-1000"), "d2-1040", moves.code("d2-1040")))
                .isEqualTo(Map.of("d1-1000", "d2-1000", "d2-1040", "d3-1040"));
    }

    @Test
    void aLongerSlotKeepsOnlyTheMomentsAnewSlotStillStartsAt() {
        var moves = SlotMoves.between(rows(List.of(MAY_20), 20), SHANGHAI, rows(List.of(MAY_20), 30), SHANGHAI);

        assertThat(moves.code("d1-1000")).isEqualTo("d1-1000");
        assertThat(moves.code("d1-1020")).isNull();
        assertThat(moves.code("d1-1040")).isNull();
    }

    @Test
    void correctingTheTimeZoneKeepsEveryMeetingAtItsTimeOfDay() {
        var before = rows(List.of(MAY_20), 20);
        var tokyo = new SlotPlan(List.of(MAY_20), LocalTime.of(10, 0), LocalTime.of(11, 0), 20).rows(ZoneId.of("Asia/Tokyo"));
        var moves = SlotMoves.between(before, SHANGHAI, tokyo, ZoneId.of("Asia/Tokyo"));

        // participants were told 10:20; the forum is in Tokyo after all, and it is still 10:20 there
        assertThat(moves.changed()).isTrue();
        assertThat(moves.codes(List.of("d1-1000", "d1-1020", "d1-1040"))).containsExactly("d1-1000", "d1-1020", "d1-1040");
        // a zone and a shorter day at once: what no longer starts then is gone
        var shorter = new SlotPlan(List.of(MAY_20), LocalTime.of(10, 0), LocalTime.of(10, 40), 20).rows(ZoneId.of("Asia/Tokyo"));
        assertThat(SlotMoves.between(before, SHANGHAI, shorter, ZoneId.of("Asia/Tokyo")).code("d1-1040")).isNull();
    }

    @Test
    void theSameSlotsMoveNothing() {
        var moves = SlotMoves.between(rows(List.of(MAY_20, MAY_21), 20), SHANGHAI, rows(List.of(MAY_21, MAY_20), 20), SHANGHAI);

        assertThat(moves.changed()).isFalse();
        assertThat(moves.code("d2-1040")).isEqualTo("d2-1040");
        assertThat(SlotMoves.NONE.changed()).isFalse();
    }

    @Test
    void anEventsNewPlanSaysHowItsCodesMovedAndASchedulingRunOfTheOldPlanSeesItsSlotsChanged() {
        var event = new BrokerageEvent(java.util.UUID.randomUUID(), "Moves", "Asia/Shanghai", false, java.time.Instant.EPOCH);
        event.configure(draft(List.of(MAY_20, MAY_21)));
        var instance = PlanningProblems.of(event, List.of(), List.of(), List.of());
        assertThat(ScheduleJobs.sameSlots(event, instance)).isTrue();

        assertThat(event.configure(draft(List.of(MAY_21, MAY_20))).changed()).isFalse();
        assertThat(ScheduleJobs.sameSlots(event, instance)).isTrue();

        // the same codes, other days: the codes moved, and a run begun before must not apply its codes
        var moves = event.configure(draft(List.of(MAY_21, MAY_21.plusDays(1))));
        assertThat(event.getSlots()).extracting(SlotRow::code).containsExactly("d1-1000", "d1-1020", "d1-1040", "d2-1000",
                "d2-1020", "d2-1040");
        assertThat(moves.code("d2-1000")).isEqualTo("d1-1000");
        assertThat(moves.code("d1-1000")).isNull();
        assertThat(ScheduleJobs.sameSlots(event, instance)).isFalse();
    }

    static EventDraft draft(List<LocalDate> days) {
        return new EventDraft("Moves", "Asia/Shanghai", new SlotPlan(days, LocalTime.of(10, 0), LocalTime.of(11, 0), 20), 2,
                null, null, null, Map.of());
    }
}
