package org.liaison.forum.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.forum.schedule.Instances.meeting;
import static org.liaison.forum.schedule.Instances.participant;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The validator on hand-made schedules, each breaking one rule. */
class ValidatorTests {

    // slots s0, s1; a, b, c available in both, d only in s0; e hosts at booth B-1; b capped at 1 meeting
    final List<Slot> slots = Instances.slots(1, 2);
    final Instance instance = new Instance(slots, 1,
            List.of(participant("a", List.of("d1-0", "d1-1")), new Participant("b", "o-b", List.of("d1-0", "d1-1"), null, 1),
                    participant("c", List.of("d1-0", "d1-1")), participant("d", List.of("d1-0")),
                    new Participant("e", "o-e", List.of("d1-0", "d1-1"), "B-1", null)),
            List.of(meeting("ab", "a", "b"), meeting("cd", "c", "d"), meeting("ae", "a", "e"), meeting("bc", "b", "c")),
            List.of(new Placement("ae", "d1-1", "B-1")), List.of());

    @Test
    void aValidScheduleHasNoViolations() {
        var valid = schedule(List.of(p("cd", "d1-0", "T-1"), p("bc", "d1-1", "T-1"), p("ae", "d1-1", "B-1")), List.of("ab"));
        assertThat(Validator.violations(instance, valid)).isEmpty();
    }

    @Test
    void rule1ASlotOutsideAParticipantsAvailability() {
        var schedule = schedule(List.of(p("cd", "d1-1", "T-1"), p("ae", "d1-1", "B-1")), List.of("ab", "bc"));
        assertThat(Validator.violations(instance, schedule)).singleElement().asString()
                .startsWith("rule 1").contains("\"d\"").contains("\"cd\"");
    }

    @Test
    void rule2AParticipantInTwoMeetingsOfOneSlot() {
        var schedule = schedule(List.of(p("ab", "d1-1", "T-1"), p("ae", "d1-1", "B-1")), List.of("cd", "bc"));
        assertThat(Validator.violations(instance, schedule)).singleElement().asString().startsWith("rule 2").contains("\"a\"");
    }

    @Test
    void rule3TooManySharedTablesTheSameTableTwiceAndTheWrongBooth() {
        var tooMany = schedule(List.of(p("ab", "d1-0", "T-1"), p("cd", "d1-0", "T-2"), p("ae", "d1-1", "B-1")), List.of("bc"));
        assertThat(Validator.violations(instance, tooMany)).allMatch(v -> v.startsWith("rule 3")).isNotEmpty();
        var twice = new Instance(slots, 2, instance.participants(), instance.meetings(), instance.locked(), List.of());
        var sameTable = schedule(List.of(p("ab", "d1-0", "T-1"), p("cd", "d1-0", "T-1"), p("ae", "d1-1", "B-1")), List.of("bc"));
        assertThat(Validator.violations(twice, sameTable)).singleElement().asString().contains("used twice");
        var wrongBooth = schedule(List.of(p("ae", "d1-1", "T-1")), List.of("ab", "cd", "bc"));
        assertThat(Validator.violations(instance, wrongBooth)).anyMatch(v -> v.startsWith("rule 3") && v.contains("booth \"B-1\""));
    }

    @Test
    void rule4ALockedMeetingMovedOrLeftOut() {
        var moved = schedule(List.of(p("ae", "d1-0", "B-1")), List.of("ab", "cd", "bc"));
        assertThat(Validator.violations(instance, moved)).singleElement().asString().startsWith("rule 4");
        var leftOut = schedule(List.of(), List.of("ab", "cd", "bc", "ae"));
        assertThat(Validator.violations(instance, leftOut)).singleElement().asString().startsWith("rule 4");
    }

    @Test
    void rule5MoreMeetingsThanTheCap() {
        var schedule = schedule(List.of(p("ab", "d1-0", "T-1"), p("bc", "d1-1", "T-1"), p("ae", "d1-1", "B-1")), List.of("cd"));
        assertThat(Validator.violations(instance, schedule)).singleElement().asString().startsWith("rule 5").contains("\"b\"");
    }

    @Test
    void everyMeetingExactlyOnce() {
        var missing = schedule(List.of(p("ae", "d1-1", "B-1")), List.of("ab", "cd"));
        assertThat(Validator.violations(instance, missing)).singleElement().asString().contains("\"bc\" appears 0 times");
        var twice = schedule(List.of(p("ae", "d1-1", "B-1"), p("ab", "d1-0", "T-1")), List.of("ab", "cd", "bc"));
        assertThat(Validator.violations(instance, twice)).singleElement().asString().contains("\"ab\" appears 2 times");
        var unknown = schedule(List.of(p("ae", "d1-1", "B-1"), p("zz", "d1-0", "T-1")), List.of("ab", "cd", "bc"));
        assertThat(Validator.violations(instance, unknown)).singleElement().asString().contains("unknown meeting \"zz\"");
    }

    private static Placement p(String meeting, String slot, String table) {
        return new Placement(meeting, slot, table);
    }

    private static Schedule schedule(List<Placement> assignments, List<String> unscheduled) {
        return new Schedule(assignments, unscheduled, new Stats(assignments.size(), assignments.size(), 0, 0));
    }
}
