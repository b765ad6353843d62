package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.shared.RuleViolationException;

/** Slots generated from days, a start, an end and a length, and the caps of an event. */
class SlotPlanTests {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void slotsFillEachDayFromItsStartWhileOneStillEndsByItsEnd() {
        var plan = new SlotPlan(List.of(LocalDate.of(2012, 4, 28), LocalDate.of(2012, 4, 27)), LocalTime.of(10, 0),
                LocalTime.of(11, 10), 20);

        assertThat(plan.generate(MOSCOW)).containsExactly("d1-1000", "d1-1020", "d1-1040", "d2-1000", "d2-1020", "d2-1040");
        var first = plan.rows(MOSCOW).getFirst();
        assertThat(first.day()).isEqualTo(1);
        assertThat(first.startsAt()).hasToString("2012-04-27T06:00:00Z");
        assertThat(first.endsAt()).hasToString("2012-04-27T06:20:00Z");
    }

    @Test
    void slotsOfADayEndingAtMidnightStopThere() {
        var plan = new SlotPlan(List.of(LocalDate.of(2031, 1, 1)), LocalTime.of(23, 0), LocalTime.of(23, 59), 30);
        assertThat(plan.generate(MOSCOW)).containsExactly("d1-2300");
    }

    @Test
    void refusesPlansWithoutDaysWithBadLengthsOrTooManySlots() {
        var day = List.of(LocalDate.of(2031, 1, 1));
        assertThatThrownBy(() -> new SlotPlan(List.of(), LocalTime.NOON, LocalTime.of(13, 0), 20))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "forum.no-days");
        assertThatThrownBy(() -> new SlotPlan(day, LocalTime.NOON, LocalTime.of(13, 0), 4))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new SlotPlan(day, LocalTime.NOON, LocalTime.NOON, 20)).isInstanceOf(RuleViolationException.class);
        var many = java.util.stream.IntStream.range(0, 30).mapToObj(i -> LocalDate.of(2031, 1, 1).plusDays(i)).toList();
        assertThatThrownBy(() -> new SlotPlan(many, LocalTime.of(0, 0), LocalTime.of(23, 0), 60))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aParticipantsCapIsTheSmallerOfTheEventsAndItsTypes() {
        var event = new BrokerageEvent(java.util.UUID.randomUUID(), "Caps", "Europe/Moscow", false, java.time.Instant.EPOCH);
        event.configure(new EventDraft("Caps", "Europe/Moscow",
                new SlotPlan(List.of(LocalDate.of(2031, 1, 1)), LocalTime.of(10, 0), LocalTime.of(11, 0), 20), 3, null, null, 8,
                Map.of(ParticipantType.INVESTOR, 6, ParticipantType.GOVERNMENT, 12)));

        assertThat(event.capFor(ParticipantType.COMPANY)).isEqualTo(8);
        assertThat(event.capFor(ParticipantType.INVESTOR)).isEqualTo(6);
        assertThat(event.capFor(ParticipantType.GOVERNMENT)).isEqualTo(8);
        assertThatThrownBy(() -> event.configure(new EventDraft("Caps", "Mars/Olympus",
                new SlotPlan(List.of(LocalDate.of(2031, 1, 1)), LocalTime.of(10, 0), LocalTime.of(11, 0), 20), 3, null, null,
                null, Map.of()))).isInstanceOf(RuleViolationException.class);
    }
}
