package org.liaison.forum.schedule;

import java.util.Arrays;

/**
 * The schedule being searched: each meeting's slot, who is busy where, the shared tables used per
 * slot, the meetings per participant, and the pool of unscheduled meetings that could be
 * scheduled at all, all kept up to date in O(members) by {@link #place} and {@link #remove},
 * which also write to the {@link Journal} while it records.
 */
final class Board {

    final Model model;
    final int S;
    final int[] slotOf;
    /** [participant * S + slot] the meeting there, or -1. */
    final int[] occupant;
    final int[] sharedUse;
    /** Per slot, the meetings there that use shared tables (for choosing one to move). */
    final int[][] sharedIn;
    final int[] sharedPos;
    final int[] count;
    final boolean[] locked;
    /** Unscheduled meetings that could be scheduled at all, with positions for O(1) updates. */
    final int[] pool;
    final int[] poolPos;
    int poolSize;
    long weight;
    /** Meetings scheduled now: among schedules of equal weight, the one holding more meetings is kept. */
    int held;
    final Journal journal = new Journal();

    Board(Model model) {
        this.model = model;
        S = Math.max(1, model.slots);
        int meetings = model.meetings;
        slotOf = new int[meetings];
        Arrays.fill(slotOf, -1);
        occupant = new int[model.participants * S];
        Arrays.fill(occupant, -1);
        sharedUse = new int[S];
        sharedIn = new int[S][Math.max(1, Math.min(meetings, model.tables))];
        sharedPos = new int[meetings];
        count = new int[model.participants];
        locked = new boolean[meetings];
        pool = new int[meetings];
        poolPos = new int[meetings];
        Arrays.fill(poolPos, -1);
        for (int m = 0; m < meetings; m++) {
            locked[m] = model.lockedSlot[m] >= 0;
            if (schedulable(m)) {
                poolAdd(m);
            }
        }
    }

    /** Whether m has a slot all its members can attend and no member with a cap of zero. */
    boolean schedulable(int m) {
        if (model.feasible[m].length == 0) {
            return false;
        }
        for (int p : model.members[m]) {
            if (model.cap[p] == 0) {
                return false;
            }
        }
        return true;
    }

    boolean feasibleIn(int m, int s) {
        for (int p : model.members[m]) {
            if (!model.available[p][s]) {
                return false;
            }
        }
        return true;
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
        if (journal.recording()) {
            journal.log(m << 1 | 1, s);
        }
        slotOf[m] = s;
        for (int p : model.members[m]) {
            occupant[p * S + s] = m;
            count[p]++;
        }
        if (model.shared(m)) {
            if (sharedUse[s] == sharedIn[s].length) {
                sharedIn[s] = Arrays.copyOf(sharedIn[s], sharedIn[s].length * 2);
            }
            sharedPos[m] = sharedUse[s];
            sharedIn[s][sharedUse[s]++] = m;
        }
        weight += model.weight[m];
        held++;
        if (poolPos[m] >= 0) {
            int last = pool[--poolSize];
            pool[poolPos[m]] = last;
            poolPos[last] = poolPos[m];
            poolPos[m] = -1;
        }
    }

    void remove(int m) {
        int s = slotOf[m];
        if (journal.recording()) {
            journal.log(m << 1, s);
        }
        slotOf[m] = -1;
        for (int p : model.members[m]) {
            occupant[p * S + s] = -1;
            count[p]--;
        }
        if (model.shared(m)) {
            int last = sharedIn[s][--sharedUse[s]];
            sharedIn[s][sharedPos[m]] = last;
            sharedPos[last] = sharedPos[m];
        }
        weight -= model.weight[m];
        held--;
        poolAdd(m);
    }

    private void poolAdd(int m) {
        poolPos[m] = poolSize;
        pool[poolSize++] = m;
    }

    /** Puts back a saved assignment. */
    void restore(int[] saved) {
        for (int m = 0; m < model.meetings; m++) {
            if (slotOf[m] >= 0 && slotOf[m] != saved[m]) {
                remove(m);
            }
        }
        for (int m = 0; m < model.meetings; m++) {
            if (saved[m] >= 0 && slotOf[m] < 0) {
                place(m, saved[m]);
            }
        }
    }

    /** Takes back the places and removals journaled since position {@code mark}, latest first. */
    void undoTo(int mark) {
        int[] entries = journal.entries;
        int n = journal.size;
        journal.size = -1;
        for (int i = n - 2; i >= mark; i -= 2) {
            int m = entries[i] >> 1;
            if ((entries[i] & 1) == 1) {
                remove(m);
            } else {
                place(m, entries[i + 1]);
            }
        }
        journal.size = mark;
    }

    /** Takes back everything in the journal, latest first, and stops recording. */
    void undo() {
        undoTo(0);
        journal.size = -1;
    }
}
