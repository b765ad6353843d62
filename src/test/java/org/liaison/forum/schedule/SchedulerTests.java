package org.liaison.forum.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.forum.schedule.Instances.meeting;
import static org.liaison.forum.schedule.Instances.participant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The scheduler on hand-made and seeded random instances, without Spring. */
class SchedulerTests {

    @Test
    void everyScheduleOfSeededRandomInstancesIsValidAndHasEveryMeetingOnce() {
        for (long seed = 1; seed <= 300; seed++) {
            Instance instance = Instances.random(seed);
            Schedule schedule = Scheduler.solve(instance, Duration.ofMillis(100), seed, Progress.NONE);
            assertThat(Validator.violations(instance, schedule)).as("seed %d", seed).isEmpty();
            List<String> all = new ArrayList<>(schedule.unscheduled());
            schedule.assignments().forEach(a -> all.add(a.meeting()));
            assertThat(all).as("seed %d", seed).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(instance.meetings().stream().map(Meeting::id).toList());
            assertThat(schedule.stats().scheduled()).isEqualTo(schedule.assignments().size());
            assertThat(schedule.stats().weight()).isGreaterThanOrEqualTo(Scheduler.greedy(instance).stats().weight());
            for (Placement locked : instance.locked()) {
                assertThat(schedule.assignments()).as("seed %d", seed).contains(locked);
            }
        }
    }

    @Test
    void lockedMeetingsKeepTheirSlotAndTableEvenWhereAnotherPlacementWouldScheduleMore() {
        // a-b locked into s0 blocks a-c and b-c there; without the lock all three could not fit either way,
        // but the solver must not move a-b to make room
        List<Slot> slots = Instances.slots(1, 2);
        List<String> both = Instances.ids(slots);
        Instance instance = new Instance(slots, 5,
                List.of(participant("a", both), participant("b", both), participant("c", List.of("d1-0"))),
                List.of(meeting("ab", "a", "b"), meeting("ac", "a", "c"), meeting("bc", "b", "c")),
                List.of(new Placement("ab", "d1-0", "T-4")), List.of());
        Schedule schedule = Scheduler.solve(instance, Duration.ofSeconds(2), 7, Progress.NONE);
        assertThat(schedule.assignments()).contains(new Placement("ab", "d1-0", "T-4"));
        assertThat(schedule.unscheduled()).containsExactlyInAnyOrder("ac", "bc");
        assertThat(Validator.violations(instance, schedule)).isEmpty();
    }

    @Test
    void reschedulingAfterAFewCancellationsMovesFewMeetings() {
        // 300 meetings, more than fit: cancellations free places for others
        Instance first = bigger(9);
        Schedule published = Scheduler.solve(first, Duration.ofSeconds(2), 1, Progress.NONE);
        assertThat(Validator.violations(first, published)).isEmpty();
        Set<String> cancelled = new HashSet<>();
        for (int i = 0; i < published.assignments().size() && cancelled.size() < 5; i += 17) {
            cancelled.add(published.assignments().get(i).meeting());
        }
        List<Meeting> remaining = first.meetings().stream().filter(m -> !cancelled.contains(m.id())).toList();
        Instance second = new Instance(first.slots(), first.sharedTables(), first.participants(), remaining, List.of(),
                published.assignments());
        Schedule again = Scheduler.solve(second, Duration.ofSeconds(2), 2, Progress.NONE);
        assertThat(Validator.violations(second, again)).isEmpty();
        assertThat(again.stats().weight()).isGreaterThanOrEqualTo(published.stats().weight() - 5L * 3);
        // moves only where a freed place lets more weight in: a few per cancellation at most
        assertThat(again.stats().moved()).isLessThanOrEqualTo(5 * 4);
        Map<String, Placement> before = new HashMap<>();
        published.assignments().forEach(a -> before.put(a.meeting(), a));
        long moved = remaining.stream().map(Meeting::id).filter(before::containsKey)
                .filter(id -> again.assignments().stream().noneMatch(a -> a.equals(before.get(id)))).count();
        assertThat(moved).isEqualTo(again.stats().moved());
        // a fresh run without the previous schedule would move far more
        Instance fresh = new Instance(second.slots(), second.sharedTables(), second.participants(), remaining, List.of(), List.of());
        Schedule unaware = Scheduler.solve(fresh, Duration.ofSeconds(1), 3, Progress.NONE);
        long unawareMoved = remaining.stream().map(Meeting::id).filter(before::containsKey)
                .filter(id -> unaware.assignments().stream().noneMatch(a -> a.equals(before.get(id)))).count();
        assertThat((long) again.stats().moved()).isLessThan(unawareMoved);
    }

    @Test
    void aParticipantIsNotLeftWithoutAMeetingWhenOneOfTheirsFits() {
        // one slot: x-y or x-z; z has no other meeting, y has y-w too; w is free: a-b style swap keeps everybody busy
        List<Slot> slots = Instances.slots(1, 1);
        List<String> s = Instances.ids(slots);
        Instance instance = new Instance(slots, 10,
                List.of(participant("x", s), participant("y", s), participant("z", s), participant("w", s)),
                List.of(meeting("xy", "x", "y"), meeting("xz", "x", "z"), meeting("yw", "y", "w")), List.of(), List.of());
        Schedule schedule = Scheduler.solve(instance, Duration.ofSeconds(1), 3, Progress.NONE);
        assertThat(schedule.stats().scheduled()).isEqualTo(2);
        assertThat(schedule.unscheduled()).containsExactly("xy");
    }

    @Test
    void progressIsReportedAndAnInterruptStopsTheSearchWithTheBestSoFar() throws Exception {
        Instance instance = bigger(5);
        List<Double> fractions = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        long t0 = System.nanoTime();
        CompletableFuture<Schedule> result = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            return Scheduler.solve(instance, Duration.ofSeconds(60), 1, (fraction, best) -> {
                fractions.add(fraction);
                started.countDown();
            });
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        worker.get().interrupt();
        Schedule schedule = result.get(30, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(40);
        assertThat(fractions).isNotEmpty().allMatch(f -> f >= 0 && f <= 1);
        assertThat(Validator.violations(instance, schedule)).isEmpty();
    }

    @Test
    void invalidInstancesNameTheirFirstProblem() {
        List<Slot> slots = Instances.slots(1, 2);
        List<String> both = Instances.ids(slots);
        var a = participant("a", both);
        var b = participant("b", both);
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, b), List.of(meeting("m", "a", "q")), List.of(), List.of())))
                .isInstanceOf(InvalidInstanceException.class).hasMessageContaining("unknown participant \"q\"");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, a), List.of(), List.of(), List.of())))
                .hasMessageContaining("duplicate participant id \"a\"");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, b),
                List.of(meeting("m", "a", "b"), meeting("m", "b", "a")), List.of(), List.of())))
                .hasMessageContaining("duplicate meeting id \"m\"");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(participant("a", List.of("nope")), b),
                List.of(), List.of(), List.of()))).hasMessageContaining("unknown slot \"nope\"");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, b), List.of(meeting("m", "a")), List.of(), List.of())))
                .hasMessageContaining("fewer than two participants");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, b), List.of(new Meeting("m", List.of("a", "b"), 0)),
                List.of(), List.of()))).hasMessageContaining("weight 0");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(List.of(slots.get(1), slots.get(0)), 1, List.of(a, b), List.of(),
                List.of(), List.of()))).hasMessageContaining("time order");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, b), List.of(meeting("m", "a", "b")),
                List.of(new Placement("m", "d1-0", "T-2")), List.of()))).hasMessageContaining("not a shared table");
        assertThatThrownBy(() -> InstanceCheck.check(new Instance(slots, 1, List.of(a, participant("c", List.of("d1-1"))),
                List.of(meeting("m", "a", "c")), List.of(new Placement("m", "d1-0", "T-1")), List.of())))
                .hasMessageContaining("not available");
        // an empty availability list is fine, and so is a previous placement of a cancelled meeting
        InstanceCheck.check(new Instance(slots, 1, List.of(participant("a", List.of()), b), List.of(meeting("m", "a", "b")), List.of(),
                List.of(new Placement("gone", "d1-0", "T-1"))));
    }

    @Test
    void whenTablesBindTheSearchHoldsMoreMeetingsThanTheGreedyStartAtNoLessWeight() {
        int held = 0;
        int heldByGreedy = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Instance wide = bigger(seed);
            // three shared tables for 60 participants: booth meetings must win slots from shared ones
            Instance tight = new Instance(wide.slots(), 3, wide.participants(), wide.meetings(), List.of(), List.of());
            Schedule greedy = Scheduler.greedy(tight);
            Schedule searched = Scheduler.solve(tight, Duration.ofMillis(500), seed, Progress.NONE);
            assertThat(Validator.violations(tight, searched)).as("seed %d", seed).isEmpty();
            assertThat(searched.stats().weight()).as("seed %d", seed).isGreaterThanOrEqualTo(greedy.stats().weight());
            if (searched.stats().weight() == greedy.stats().weight()) {
                assertThat(searched.stats().scheduled()).as("seed %d", seed).isGreaterThanOrEqualTo(greedy.stats().scheduled());
            }
            held += searched.stats().scheduled();
            heldByGreedy += greedy.stats().scheduled();
        }
        assertThat(held).isGreaterThan(heldByGreedy);
    }

    /** A denser instance: 60 participants, 300 meetings, 8 slots over two days, 12 tables, a few booths. */
    static Instance bigger(long seed) {
        var random = new java.util.SplittableRandom(seed);
        List<Slot> slots = Instances.slots(2, 4);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> available = new ArrayList<>();
            for (Slot slot : slots) {
                if (random.nextDouble() < 0.8) {
                    available.add(slot.id());
                }
            }
            participants.add(new Participant("p" + i, "o" + i, available, i % 15 == 0 ? "B-" + i : null, null));
        }
        List<Meeting> meetings = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        while (meetings.size() < 300) {
            int x = random.nextInt(60);
            int y = random.nextInt(60);
            if (x != y && pairs.add(Math.min(x, y) + "-" + Math.max(x, y))) {
                meetings.add(new Meeting("m" + meetings.size(), List.of("p" + x, "p" + y), 1 + random.nextInt(2)));
            }
        }
        return new Instance(slots, 12, participants, meetings, List.of(), List.of());
    }
}
