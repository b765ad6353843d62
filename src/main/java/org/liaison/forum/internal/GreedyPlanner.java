package org.liaison.forum.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liaison.forum.internal.Planning.Person;
import org.liaison.forum.internal.Planning.Placement;
import org.liaison.forum.internal.Planning.Problem;
import org.liaison.forum.internal.Planning.Solution;

/**
 * A simple greedy placement honouring the hard rules: locked meetings first, then each
 * previously published meeting at its old place when that still holds, then the rest, the
 * meetings with the fewest common slots first, each in the earliest slot that fits. The forum
 * falls back to it when no better solver is on the classpath.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {}

    public static Solution solve(Problem problem, DoubleConsumer progress) {
        long started = System.nanoTime();
        Map<String, Person> people = problem.participants().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        var state = new State(problem, people);
        var done = new HashSet<String>();
        var meetings = problem.meetings().stream().collect(Collectors.toMap(Planning.Meeting::id, Function.identity()));
        for (var lock : problem.locked()) {
            var m = meetings.get(lock.meeting());
            if (m != null && done.add(m.id())) {
                state.take(m, lock.slot(), lock.table());
            }
        }
        for (var before : problem.previous()) {
            var m = meetings.get(before.meeting());
            if (m != null && !done.contains(m.id()) && state.fits(m, before.slot(), before.table())) {
                state.take(m, before.slot(), before.table());
                done.add(m.id());
            }
        }
        var rest = problem.meetings().stream().filter(m -> !done.contains(m.id()))
                .sorted(Comparator.comparingInt((Planning.Meeting m) -> -m.weight()).thenComparingLong(state::options)
                        .thenComparing(Planning.Meeting::id))
                .toList();
        var unscheduled = new ArrayList<String>();
        int i = 0;
        for (var m : rest) {
            boolean placed = false;
            for (var slot : problem.slots()) {
                var table = state.table(m, slot.id());
                if (table != null && state.fits(m, slot.id(), table)) {
                    state.take(m, slot.id(), table);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                unscheduled.add(m.id());
            }
            if (++i % 50 == 0) {
                progress.accept((double) i / rest.size());
            }
        }
        progress.accept(1.0);
        var previous = problem.previous().stream().collect(Collectors.toMap(Placement::meeting, Function.identity()));
        int moved = (int) previous.values().stream().filter(p -> !state.placements.contains(p)).count();
        long weight = state.placements.stream().mapToLong(p -> meetings.get(p.meeting()).weight()).sum();
        return new Solution(state.placements, unscheduled, state.placements.size(), weight, moved,
                (System.nanoTime() - started) / 1e9);
    }

    private static final class State {
        final Problem problem;
        final Map<String, Person> people;
        final Set<String> busy = new HashSet<>();
        final Map<String, Integer> sharedUsed = new HashMap<>();
        final Set<String> tablesUsed = new HashSet<>();
        final Map<String, Integer> counts = new HashMap<>();
        final List<Placement> placements = new ArrayList<>();

        State(Problem problem, Map<String, Person> people) {
            this.problem = problem;
            this.people = people;
        }

        long options(Planning.Meeting m) {
            return problem.slots().stream().filter(s -> m.participants().stream()
                    .allMatch(p -> people.containsKey(p) && people.get(p).available().contains(s.id()))).count();
        }

        /** The table the meeting would use in the slot, or null when no shared table is free. */
        String table(Planning.Meeting m, String slot) {
            var booth = HardRules.booth(m.participants(), people);
            if (booth.isPresent()) {
                return booth.get();
            }
            for (int t = 1; t <= problem.sharedTables(); t++) {
                if (!tablesUsed.contains("T-" + t + "@" + slot)) {
                    return "T-" + t;
                }
            }
            return null;
        }

        boolean fits(Planning.Meeting m, String slot, String table) {
            var booth = HardRules.booth(m.participants(), people);
            if (booth.isPresent() ? !booth.get().equals(table)
                    : !HardRules.sharedTable(table, problem.sharedTables()) || tablesUsed.contains(table + "@" + slot)) {
                return false;
            }
            for (String who : m.participants()) {
                var person = people.get(who);
                if (person == null || !person.available().contains(slot) || busy.contains(who + "@" + slot)
                        || (person.maxMeetings() != null && counts.getOrDefault(who, 0) >= person.maxMeetings())) {
                    return false;
                }
            }
            return true;
        }

        void take(Planning.Meeting m, String slot, String table) {
            for (String who : m.participants()) {
                busy.add(who + "@" + slot);
                counts.merge(who, 1, Integer::sum);
            }
            if (HardRules.booth(m.participants(), people).isEmpty()) {
                tablesUsed.add(table + "@" + slot);
                sharedUsed.merge(slot, 1, Integer::sum);
            }
            placements.add(new Placement(m.id(), slot, table));
        }
    }
}
