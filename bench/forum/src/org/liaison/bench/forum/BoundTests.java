package org.liaison.bench.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;
import org.liaison.forum.schedule.Progress;
import org.liaison.forum.schedule.Schedule;
import org.liaison.forum.schedule.Scheduler;
import org.liaison.forum.schedule.Slot;
import org.liaison.forum.schedule.Validator;

/**
 * The bounds U* and U*+ against the exact optimum on small seeded instances (8-14 participants,
 * 3-4 slots, 1-3 shared tables, booths, caps, group meetings, weights 1-3): the optimum comes from
 * an exhaustive branch-and-bound search written for this test. Runs with {@code -Pforum-bench}
 * (bench/forum/src is a test source only there).
 */
class BoundTests {

    static final int INSTANCES = 200;

    @Test
    void theRefinedBoundIsNeverBelowTheExactOptimumNorAboveUStar() {
        int belowUStar = 0;
        int belowRefined = 0;
        int tight = 0;
        int weightFirstHoldsFewer = 0;
        int liaisonOptimal = 0;
        double worstOfUStar = 1;
        double worstOfRefined = 1;
        for (long seed = 1; seed <= INSTANCES; seed++) {
            Instance instance = small(seed);
            Bound.Terms bound = Bound.of(instance);
            // Liaison's schedule is a lower bound the exact search starts from (it still proves the optimum)
            Schedule liaison = Scheduler.solve(instance, Duration.ofMillis(100), seed, Progress.NONE);
            long maxCount = new Exact(instance, false).solve(liaison.stats().scheduled());
            long lexicographic = new Exact(instance, true).solve(liaison.stats().weight() * Exact.SCALE + liaison.stats().scheduled());
            long bestWeight = lexicographic / Exact.SCALE;
            long countAtBestWeight = lexicographic % Exact.SCALE;

            assertThat(maxCount).as("seed %d: optimum <= U*+ (%s)", seed, bound).isLessThanOrEqualTo(bound.refined());
            assertThat(bound.refined()).as("seed %d", seed).isLessThanOrEqualTo(bound.value());
            assertThat(countAtBestWeight).as("seed %d", seed).isLessThanOrEqualTo(maxCount);
            belowUStar += maxCount < 0.99 * bound.value() ? 1 : 0;
            belowRefined += maxCount < 0.99 * bound.refined() ? 1 : 0;
            tight += bound.refined() < bound.value() ? 1 : 0;
            worstOfUStar = Math.min(worstOfUStar, maxCount / (double) Math.max(1, bound.value()));
            worstOfRefined = Math.min(worstOfRefined, maxCount / (double) Math.max(1, bound.refined()));
            weightFirstHoldsFewer += countAtBestWeight < maxCount ? 1 : 0;

            assertThat(Validator.violations(instance, liaison)).as("seed %d", seed).isEmpty();
            assertThat(liaison.stats().weight()).as("seed %d: no schedule beats the optimum", seed).isLessThanOrEqualTo(bestWeight);
            liaisonOptimal += liaison.stats().weight() == bestWeight ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%d small instances: optimum < 99%% of U* in %d, < 99%% of U*+ in %d (lowest %.1f%% of U*, %.1f%% of U*+);"
                + " U*+ < U* in %d; the heaviest schedules hold fewer meetings than the most in %d; Liaison (100 ms) reached the optimal weight in %d%n",
                INSTANCES, belowUStar, belowRefined, 100 * worstOfUStar, 100 * worstOfRefined, tight, weightFirstHoldsFewer, liaisonOptimal);
        // the search finds the optimum of nearly every small instance in 100 ms (188 of 200 at load 44 on 2 cores)
        assertThat(liaisonOptimal).isGreaterThanOrEqualTo(INSTANCES * 90 / 100);
    }

    @Test
    void theExactSearchFindsTheOptimumOfAHandMadeInstance() {
        // one slot, one table: a-b and c-d both want the table, e (booth) meets a; best count 2 (e-a and c-d)
        List<Slot> slots = List.of(new Slot("s0", 1, OffsetDateTime.of(2012, 4, 26, 9, 0, 0, 0, ZoneOffset.UTC), 20));
        List<Participant> people = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            people.add(new Participant(id, id, List.of("s0"), id.equals("e") ? "B-e" : null, null));
        }
        List<Meeting> meetings = List.of(new Meeting("ab", List.of("a", "b"), 3), new Meeting("cd", List.of("c", "d"), 1),
                new Meeting("ea", List.of("e", "a"), 1));
        Instance instance = new Instance(slots, 1, people, meetings, List.of(), List.of());
        assertThat(new Exact(instance, false).solve(0)).isEqualTo(2);
        // weight first: a-b (3) beats e-a + c-d (2), so the heaviest schedule holds one meeting
        assertThat(new Exact(instance, true).solve(0)).isEqualTo(3 * Exact.SCALE + 1);
        assertThat(Bound.of(instance).refined()).isEqualTo(2);
    }

    static Instance small(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        int n = 8 + random.nextInt(7);
        int slotCount = 3 + random.nextInt(2);
        List<Slot> slots = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.of(2012, 4, 26, 9, 0, 0, 0, ZoneOffset.ofHours(3));
        for (int s = 0; s < slotCount; s++) {
            slots.add(new Slot("s" + s, 1 + s / 2, first.plusMinutes(30L * s), 20));
        }
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> available = new ArrayList<>();
            for (Slot slot : slots) {
                if (random.nextDouble() < 0.8) {
                    available.add(slot.id());
                }
            }
            String booth = random.nextDouble() < 0.15 ? "B-" + i : null;
            Integer cap = random.nextDouble() < 0.1 ? 1 + random.nextInt(2) : null;
            participants.add(new Participant("p" + i, "o" + i, available, booth, cap));
        }
        List<Meeting> meetings = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int wanted = n + random.nextInt(n / 2 + 1);
        for (int k = 0; k < 10 * wanted && meetings.size() < wanted; k++) {
            int size = random.nextDouble() < 0.05 ? 3 : 2;
            Set<Integer> members = new java.util.LinkedHashSet<>();
            while (members.size() < size) {
                // skewed: low numbers are popular
                members.add(members.isEmpty() ? random.nextInt(n) : (int) (n * Math.pow(random.nextDouble(), 1.8)));
            }
            List<Integer> sorted = members.stream().sorted().toList();
            if (pairs.add(sorted.toString())) {
                double w = random.nextDouble();
                meetings.add(new Meeting("m" + meetings.size(), members.stream().map(i -> "p" + i).toList(), w < 0.6 ? 1 : w < 0.9 ? 2 : 3));
            }
        }
        return new Instance(slots, 1 + random.nextInt(3), participants, meetings, List.of(), List.of());
    }

    /**
     * The exact optimum by depth-first branch and bound: each meeting (heaviest first) goes into
     * each slot it fits or stays out. Counting meetings, or weight first and then meetings
     * (returned as weight * SCALE + meetings). The bound at a node: the next k remaining values,
     * k = the least of: remaining meetings that still fit somewhere; the sum over slots of
     * min(fitting meetings, min(fitting shared ones, free tables) + min(fitting booth ones, free
     * hosts), members of fitting meetings / 2); half the sum over participants of min(their fitting
     * meetings, slots where one fits, cap left).
     */
    static final class Exact {
        static final long SCALE = 1000;
        final int participants;
        final int slots;
        final int meetings;
        final int tables;
        final int[][] members;
        final boolean[] shared;
        final boolean[][] feasible;
        final boolean[] boothHolder;
        final int[] cap;
        final long[] value;
        final int[] order;
        final long[] prefix;
        final boolean[] busy;
        final boolean[] inSlot;
        final boolean[] hostFits;
        final int[] ofParticipant;
        final int[] tablesUsed;
        final int[] count;
        long current;
        long best;

        Exact(Instance instance, boolean weightFirst) {
            participants = instance.participants().size();
            slots = instance.slots().size();
            meetings = instance.meetings().size();
            tables = instance.sharedTables();
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> slotIndex = new HashMap<>();
            for (int s = 0; s < slots; s++) {
                slotIndex.put(instance.slots().get(s).id(), s);
            }
            boolean[][] available = new boolean[participants][slots];
            boothHolder = new boolean[participants];
            cap = new int[participants];
            for (int p = 0; p < participants; p++) {
                Participant x = instance.participants().get(p);
                index.put(x.id(), p);
                for (String s : x.available()) {
                    available[p][slotIndex.get(s)] = true;
                }
                boothHolder[p] = x.booth() != null;
                cap[p] = x.maxMeetings() == null ? Integer.MAX_VALUE : x.maxMeetings();
            }
            members = new int[meetings][];
            shared = new boolean[meetings];
            feasible = new boolean[meetings][slots];
            value = new long[meetings];
            Integer[] byValue = new Integer[meetings];
            for (int m = 0; m < meetings; m++) {
                Meeting meeting = instance.meetings().get(m);
                members[m] = meeting.participants().stream().mapToInt(index::get).toArray();
                shared[m] = Arrays.stream(members[m]).noneMatch(p -> boothHolder[p]);
                for (int s = 0; s < slots; s++) {
                    final int slot = s;
                    feasible[m][s] = Arrays.stream(members[m]).allMatch(p -> available[p][slot]);
                }
                value[m] = weightFirst ? meeting.weight() * SCALE + 1 : 1;
                byValue[m] = m;
            }
            Arrays.sort(byValue, (a, b) -> Long.compare(value[b], value[a]));
            order = Arrays.stream(byValue).mapToInt(Integer::intValue).toArray();
            prefix = new long[meetings + 1];
            for (int i = 0; i < meetings; i++) {
                prefix[i + 1] = prefix[i] + value[order[i]];
            }
            busy = new boolean[participants * slots];
            inSlot = new boolean[participants * slots];
            hostFits = new boolean[participants * slots];
            ofParticipant = new int[participants];
            tablesUsed = new int[slots];
            count = new int[participants];
        }

        /** The optimum, searching only for schedules better than {@code known} (the value of a valid schedule). */
        long solve(long known) {
            best = known;
            search(0);
            return best;
        }

        private void search(int i) {
            best = Math.max(best, current);
            if (i == meetings || current + upper(i) <= best) {
                return;
            }
            int m = order[i];
            for (int s = 0; s < slots; s++) {
                if (fits(m, s)) {
                    set(m, s, true);
                    search(i + 1);
                    set(m, s, false);
                }
            }
            search(i + 1);
        }

        private long upper(int i) {
            Arrays.fill(inSlot, false);
            Arrays.fill(ofParticipant, 0);
            Arrays.fill(hostFits, false);
            int fitting = 0;
            long perSlot = 0;
            for (int s = 0; s < slots; s++) {
                int all = 0;
                int sharedOnes = 0;
                int boothOnes = 0;
                int members = 0;
                for (int j = i; j < meetings; j++) {
                    int m = order[j];
                    if (fits(m, s)) {
                        all++;
                        if (shared[m]) {
                            sharedOnes++;
                        } else {
                            boothOnes++;
                            for (int p : this.members[m]) {
                                hostFits[p * slots + s] |= boothHolder[p];
                            }
                        }
                        for (int p : this.members[m]) {
                            if (!inSlot[p * slots + s]) {
                                inSlot[p * slots + s] = true;
                                members++;
                            }
                        }
                    }
                }
                int hosts = 0;
                for (int p = 0; p < participants; p++) {
                    hosts += hostFits[p * slots + s] ? 1 : 0;
                }
                perSlot += Math.min(all, Math.min(Math.min(sharedOnes, tables - tablesUsed[s]) + Math.min(boothOnes, hosts), members / 2));
            }
            long halfSum = 0;
            for (int j = i; j < meetings; j++) {
                int m = order[j];
                boolean somewhere = false;
                for (int s = 0; s < slots && !somewhere; s++) {
                    somewhere = fits(m, s);
                }
                if (somewhere) {
                    fitting++;
                    for (int p : members[m]) {
                        ofParticipant[p]++;
                    }
                }
            }
            for (int p = 0; p < participants; p++) {
                int usable = 0;
                for (int s = 0; s < slots; s++) {
                    usable += inSlot[p * slots + s] ? 1 : 0;
                }
                halfSum += Math.min(Math.min(ofParticipant[p], usable), cap[p] == Integer.MAX_VALUE ? usable : cap[p] - count[p]);
            }
            int k = (int) Math.min(fitting, Math.min(perSlot, halfSum / 2));
            return prefix[i + k] - prefix[i];
        }

        private boolean fits(int m, int s) {
            if (!feasible[m][s] || shared[m] && tablesUsed[s] >= tables) {
                return false;
            }
            for (int p : members[m]) {
                if (busy[p * slots + s] || count[p] >= cap[p]) {
                    return false;
                }
            }
            return true;
        }

        private void set(int m, int s, boolean on) {
            for (int p : members[m]) {
                busy[p * slots + s] = on;
                count[p] += on ? 1 : -1;
            }
            if (shared[m]) {
                tablesUsed[s] += on ? 1 : -1;
            }
            current += on ? value[m] : -value[m];
        }
    }
}
