package org.liaison.forum.schedule;

import static org.liaison.forum.schedule.Search.contains;

import java.util.Arrays;

/**
 * When tables bind: a booth meeting takes a slot from the shared-table meetings in its members'
 * way, and the tables they free go to the heaviest waiting shared meetings that fit there.
 */
final class TableSwaps {

    private final Search search;
    private final Board board;
    private final Model model;
    private final int S;
    /** Per slot, the schedulable shared-table meetings feasible there, heaviest first. */
    private final int[][] sharedBySlot;
    /** Per slot, where each weight class starts in {@link #sharedBySlot} (and its end as the last entry). */
    private final int[][] weightClass;

    TableSwaps(Search search) {
        this.search = search;
        this.board = search.board;
        this.model = search.model;
        this.S = board.S;
        int meetings = model.meetings;
        sharedBySlot = new int[S][];
        weightClass = new int[S][];
        if (!search.scarce) {
            return;
        }
        int[] perSlot = new int[S];
        for (int m = 0; m < meetings; m++) {
            if (model.shared(m) && board.schedulable(m)) {
                for (int s : model.feasible[m]) {
                    perSlot[s]++;
                }
            }
        }
        Integer[] heaviest = new Integer[meetings];
        for (int m = 0; m < meetings; m++) {
            heaviest[m] = m;
        }
        Arrays.sort(heaviest, (a, b) -> Integer.compare(model.weight[b], model.weight[a]));
        for (int s = 0; s < S; s++) {
            sharedBySlot[s] = new int[perSlot[s]];
            perSlot[s] = 0;
        }
        for (int m : heaviest) {
            if (model.shared(m) && board.schedulable(m)) {
                for (int s : model.feasible[m]) {
                    sharedBySlot[s][perSlot[s]++] = m;
                }
            }
        }
        int[] starts = new int[S];
        for (int s = 0; s < S; s++) {
            int n = 0;
            int[] list = sharedBySlot[s];
            for (int i = 0; i < list.length; i++) {
                if (i == 0 || model.weight[list[i]] != model.weight[list[i - 1]]) {
                    if (starts.length == n) {
                        starts = Arrays.copyOf(starts, 2 * n);
                    }
                    starts[n++] = i;
                }
            }
            weightClass[s] = Arrays.copyOf(starts, n + 1);
            weightClass[s][n] = list.length;
        }
    }

    /**
     * Booth meeting m goes into a slot where only shared-table meetings (or, one level deep, booth
     * meetings that can move elsewhere the same way) are in its members' way; they leave, the
     * tables they free at that slot go to the heaviest waiting shared meetings that fit there,
     * and the booth meetings find another slot. Kept when the weight grows, or stays and more
     * meetings are held; otherwise undone from the journal (which must be recording).
     */
    boolean swapForTable(int m) {
        return swapForTable(m, 1);
    }

    private boolean swapForTable(int m, int depth) {
        if (model.shared(m) || !board.capacityLeft(m) || !board.journal.recording()) {
            return false;
        }
        int[] slots = model.feasible[m];
        int n = slots.length;
        int offset = search.random.nextInt(n);
        int[] out = new int[model.members[m].length];
        for (int i = 0; i < n; i++) {
            int s = slots[(i + offset) % n];
            if (search.tabu(m, s)) {
                continue;
            }
            int k = 0;
            boolean ok = true;
            for (int p : model.members[m]) {
                int o = board.occupant[p * S + s];
                if (o >= 0 && !contains(out, k, o)) {
                    if (board.locked[o] || !model.shared(o) && depth == 0) {
                        ok = false;
                        break;
                    }
                    out[k++] = o;
                }
            }
            if (!ok || k == 0) {
                continue;
            }
            int mark = board.journal.size;
            long weightBefore = board.weight;
            int heldBefore = board.held;
            for (int j = 0; j < k; j++) {
                board.remove(out[j]);
            }
            board.place(m, s);
            for (int j = 0; j < k; j++) {
                int o = out[j];
                if (model.shared(o)) {
                    int u = heaviestFitting(s, out, k);
                    if (u >= 0) {
                        board.place(u, s);
                    }
                } else if (!placeElsewhere(o, s)) {
                    swapForTable(o, depth - 1);
                }
            }
            if (board.weight > weightBefore || board.weight == weightBefore && board.held > heldBefore) {
                for (int j = 0; j < k; j++) {
                    search.fails[out[j]] = 0;
                }
                return true;
            }
            board.undoTo(mark);
        }
        return false;
    }

    /** Booth meeting b into a free place in another slot than s, if there is one. */
    private boolean placeElsewhere(int b, int s) {
        if (!board.capacityLeft(b)) {
            return false;
        }
        for (int t : model.feasible[b]) {
            if (t != s && board.fits(b, t)) {
                board.place(b, t);
                return true;
            }
        }
        return false;
    }

    /** A waiting shared meeting that fits slot s now, from the heaviest weight class that has one (sampled). */
    int heaviestFitting(int s, int[] except, int k) {
        int[] list = sharedBySlot[s];
        int[] starts = weightClass[s];
        if (list == null || board.sharedUse[s] >= model.tables) {
            return -1;
        }
        for (int c = 0; c + 1 < starts.length && c < 8; c++) {
            int from = starts[c];
            int size = starts[c + 1] - from;
            for (int t = 0; t < 16; t++) {
                int u = list[from + search.random.nextInt(size)];
                if (board.slotOf[u] < 0 && !contains(except, k, u) && board.capacityLeft(u) && board.fits(u, s)) {
                    return u;
                }
            }
        }
        return -1;
    }
}
