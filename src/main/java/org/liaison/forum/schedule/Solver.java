package org.liaison.forum.schedule;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The search behind {@link Scheduler}. A greedy construction (locked meetings, then the previous
 * schedule where it still fits, then the rest by weight and scarcity), then local search until the
 * deadline: ejection chains that insert an unscheduled meeting by moving or replacing the ones in
 * its way (augmenting paths of the b-matching, checked against slots, tables and caps), and
 * plateau kicks that swap meetings of equal weight when the chains stall. When shared tables bind
 * (shared demand above twice the table-slots), booth meetings are tried first, a booth meeting may
 * take a slot from the shared-table meetings in its way while their tables go to the heaviest
 * waiting shared meetings (table swaps), and chains that lose weight are undone from a journal.
 * The best schedule by weight (then by meetings held) is kept and finally polished for the lower
 * criteria: participants left without a meeting, moves against the previous schedule, idle gaps.
 */
final class Solver {

    final Model model;
    final SplittableRandom random;
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
    /** Places and removals since {@link #journal} was cleared ((m << 1 | placed), slot), so a losing chain can be undone. */
    int[] journal = new int[64];
    int journalSize = -1;
    /** Meetings taking part in the chain being built. */
    final int[] mark;
    int stamp;
    int budget;
    /** Tabu: a meeting ejected from a slot does not return there before this kick. */
    final int[] tabuSlot;
    final long[] tabuUntil;
    long kicks;
    /** Failed insertion attempts per meeting since it last left the schedule: hopeless ones get less effort. */
    final int[] fails;
    /** Whether shared tables are the binding resource (then booth meetings are tried first and tables get swapped). */
    final boolean scarce;
    /** Per slot, the schedulable shared-table meetings feasible there, heaviest first. */
    final int[][] sharedBySlot;
    /** Per slot, where each weight class starts in {@link #sharedBySlot} (and its end as the last entry). */
    final int[][] weightClass;

    Solver(Model model, long seed) {
        this.model = model;
        this.random = new SplittableRandom(seed);
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
        mark = new int[meetings];
        tabuSlot = new int[meetings];
        tabuUntil = new long[meetings];
        Arrays.fill(tabuSlot, -1);
        fails = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            locked[m] = model.lockedSlot[m] >= 0;
            if (schedulable(m)) {
                poolAdd(m);
            }
        }
        long sharedDemand = 0;
        int[] perSlot = new int[S];
        for (int m = 0; m < meetings; m++) {
            if (model.shared(m) && schedulable(m)) {
                sharedDemand++;
                for (int s : model.feasible[m]) {
                    perSlot[s]++;
                }
            }
        }
        scarce = (long) model.tables * model.slots * 2 < sharedDemand;
        sharedBySlot = new int[S][];
        weightClass = new int[S][];
        if (scarce) {
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
                if (model.shared(m) && schedulable(m)) {
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
    }

    private boolean schedulable(int m) {
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

    int[] solve(long end, Progress progress) {
        construct();
        long start = System.nanoTime();
        // the last few percent of the time polish the lower criteria
        long deadline = end - Math.min(2_000_000_000L, Math.max(0, end - start) / 20);
        long total = Math.max(1, deadline - start);
        int[] best = slotOf.clone();
        long bestWeight = weight;
        int bestHeld = held;
        long nextReport = start;
        int stall = 0;
        outer:
        while (poolSize > 0) {
            boolean improved = false;
            int[] order = Arrays.copyOf(pool, poolSize);
            shuffle(order);
            if (scarce) {
                // booth meetings first: they need no table, and a table can be freed for them
                int front = 0;
                for (int i = 0; i < order.length; i++) {
                    if (!model.shared(order[i])) {
                        int t = order[front];
                        order[front++] = order[i];
                        order[i] = t;
                    }
                }
            }
            for (int i = 0; i < order.length; i++) {
                if ((i & 31) == 0) {
                    long now = System.nanoTime();
                    if (now >= deadline || Thread.currentThread().isInterrupted()) {
                        break outer;
                    }
                    if (now >= nextReport) {
                        progress.report(Math.min(1.0, (now - start) / (double) total), Math.max(bestWeight, weight));
                        nextReport = now + 250_000_000L;
                    }
                }
                int m = order[i];
                if (slotOf[m] >= 0) {
                    continue;
                }
                long before = weight;
                budget = Math.max(25, 400 >> Math.min(4, fails[m]));
                stamp++;
                mark[m] = stamp;
                int heldBefore = held;
                if (scarce) {
                    journalSize = 0;
                }
                if (scarce && !model.shared(m) && swapForTable(m)) {
                    improved = true;
                } else if (insert(m, 3, 0) && weight > before) {
                    improved = true;
                } else if (scarce && (weight < before || weight == before && held < heldBefore)) {
                    undo(); // when tables bind, a chain that loses weight is not kept
                    fails[m]++;
                } else if (slotOf[m] < 0) {
                    fails[m]++;
                }
                journalSize = -1;
            }
            if (weight > bestWeight || weight == bestWeight && held > bestHeld) {
                bestWeight = weight;
                bestHeld = held;
                System.arraycopy(slotOf, 0, best, 0, best.length);
                stall = 0;
            } else if (!improved) {
                stall++;
                if ((weight < bestWeight || weight == bestWeight && held < bestHeld) && stall % 20 == 0) {
                    restore(best);
                }
                for (int k = 0; k < 1 + poolSize / 20; k++) {
                    kick();
                }
            }
            if (System.nanoTime() >= deadline || Thread.currentThread().isInterrupted() || stall > 1000) {
                break;
            }
        }
        if (weight > bestWeight || weight == bestWeight && held > bestHeld) {
            System.arraycopy(slotOf, 0, best, 0, best.length);
        }
        restore(best);
        polish(end);
        progress.report(1.0, weight);
        return slotOf.clone();
    }

    /** Takes back the places and removals in the journal, latest first, and stops journaling. */
    void undo() {
        undoTo(0);
        journalSize = -1;
    }

    /** Takes back the places and removals journaled since position {@code mark}, latest first. */
    private void undoTo(int mark) {
        int n = journalSize;
        journalSize = -1;
        for (int i = n - 2; i >= mark; i -= 2) {
            int m = journal[i] >> 1;
            if ((journal[i] & 1) == 1) {
                remove(m);
            } else {
                place(m, journal[i + 1]);
            }
        }
        journalSize = mark;
    }

    private void log(int entry, int s) {
        if (journalSize + 2 > journal.length) {
            journal = Arrays.copyOf(journal, journal.length * 2);
        }
        journal[journalSize++] = entry;
        journal[journalSize++] = s;
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

    /** Locked meetings first, then the previous schedule where it fits, then the rest by weight and scarcity. */
    void construct() {
        for (int m = 0; m < model.meetings; m++) {
            if (locked[m]) {
                place(m, model.lockedSlot[m]);
            }
        }
        Integer[] order = new Integer[model.meetings];
        long[] key = new long[model.meetings];
        // when shared tables are scarce, meetings at booths (which need none) go first among equal weights
        for (int m = 0; m < model.meetings; m++) {
            order[m] = m;
            int pressure = 0;
            for (int p : model.members[m]) {
                pressure = Math.max(pressure, model.meetingsOf[p].length);
            }
            key[m] = (scarce && model.shared(m) ? 1L << 38 : 0) - ((long) model.weight[m] << 40)
                    + ((long) model.feasible[m].length << 20) + Math.min(pressure, (1 << 20) - 1);
        }
        Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
        for (int m : order) {
            int s = model.previousSlot[m];
            if (slotOf[m] < 0 && s >= 0 && capacityLeft(m) && feasibleIn(m, s) && fits(m, s)) {
                place(m, s);
            }
        }
        for (int m : order) {
            if (slotOf[m] >= 0 || !capacityLeft(m)) {
                continue;
            }
            int chosen = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int s : model.feasible[m]) {
                if (fits(m, s)) {
                    // next to the members' other meetings of the day (fewer gaps), ties at random
                    int score = random.nextInt(8);
                    for (int p : model.members[m]) {
                        if (s > 0 && model.day[s - 1] == model.day[s] && occupant[p * S + s - 1] >= 0) {
                            score += 8;
                        }
                        if (s + 1 < model.slots && model.day[s + 1] == model.day[s] && occupant[p * S + s + 1] >= 0) {
                            score += 8;
                        }
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        chosen = s;
                    }
                }
            }
            if (chosen >= 0) {
                place(m, chosen);
            }
        }
    }

    boolean feasibleIn(int m, int s) {
        for (int p : model.members[m]) {
            if (!model.available[p][s]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tries to schedule unscheduled meeting m, moving at most {@code depth} meetings in its way
     * along a chain; {@code gain} is what the chain has gained so far. Succeeds when every moved
     * meeting found a place, or when what is left out weighs less than what came in.
     */
    boolean insert(int m, int depth, long gain) {
        int[] slots = model.feasible[m];
        int n = slots.length;
        if (n == 0) {
            return false;
        }
        int offset = random.nextInt(n);
        if (capacityLeft(m)) {
            for (int i = 0; i < n; i++) {
                int s = slots[(i + offset) % n];
                if (!tabu(m, s) && fits(m, s)) {
                    place(m, s);
                    return true;
                }
            }
        }
        if (depth == 0) {
            return false;
        }
        for (int i = 0; i < n && budget > 0; i++) {
            int s = slots[(i + offset) % n];
            if (!tabu(m, s) && insertAt(m, s, depth, gain)) {
                return true;
            }
        }
        return false;
    }

    /** Schedules m in slot s by taking out the one meeting in its way, then finding that one a place. */
    boolean insertAt(int m, int s, int depth, long gain) {
        budget--;
        int c = blocker(m, s);
        if (c < 0) {
            return false;
        }
        long after = gain + model.weight[m] - model.weight[c];
        remove(c);
        place(m, s);
        mark[c] = stamp;
        // cheap first: c straight into a free place, or a waiting meeting of c's freed members into s
        if (!tabu(c, -1) && insert(c, 0, after)) {
            return true;
        }
        if (freedPlace(c, m, s, 0, after)) {
            return true;
        }
        if (after > 0) {
            return true; // c stays out, lighter than m
        }
        // then deeper: c moves others out of its way, or a waiting meeting does
        if (depth > 1 && (!tabu(c, -1) && insert(c, depth - 1, after) || freedPlace(c, m, s, depth - 1, after))) {
            return true;
        }
        remove(m);
        place(c, s);
        return false;
    }

    /** After c left slot s for m: one of the waiting meetings of c's other members takes s. */
    private boolean freedPlace(int c, int m, int s, int depth, long gain) {
        for (int r : model.members[c]) {
            if (budget <= 0 || slotOf[m] != s) {
                return false;
            }
            if (occupant[r * S + s] >= 0) {
                continue;
            }
            int[] theirs = model.meetingsOf[r];
            int k0 = theirs.length == 0 ? 0 : random.nextInt(theirs.length);
            for (int k = 0; k < theirs.length && budget > 0; k++) {
                int u = theirs[(k + k0) % theirs.length];
                if (slotOf[u] >= 0 || mark[u] == stamp || !feasibleIn(u, s) || tabu(u, s)) {
                    continue;
                }
                if (depth == 0) {
                    budget--;
                    // when tables bind, a lighter meeting taking the freed place is a loss, not a chain's end
                    if (capacityLeft(u) && fits(u, s) && !(scarce && gain + model.weight[u] < 0)) {
                        place(u, s);
                        return true;
                    }
                } else {
                    mark[u] = stamp;
                    if (insertAt(u, s, depth, gain)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The single meeting whose removal lets m into slot s (a member's meeting there, or one at a
     * shared table when the tables are full), or -1 when none or more than one is in the way.
     */
    int blocker(int m, int s) {
        int c = -1;
        for (int p : model.members[m]) {
            int o = occupant[p * S + s];
            if (o >= 0 && o != c) {
                if (c >= 0) {
                    return -1;
                }
                c = o;
            }
        }
        if (c < 0 && model.shared(m) && sharedUse[s] >= model.tables) {
            if (sharedUse[s] == 0) {
                return -1;
            }
            c = sharedIn[s][random.nextInt(sharedUse[s])];
        }
        if (c < 0 || locked[c] || mark[c] == stamp) {
            return -1;
        }
        if (model.shared(m) && !model.shared(c) && sharedUse[s] >= model.tables) {
            return -1;
        }
        for (int p : model.members[m]) {
            if (count[p] >= model.cap[p] && !contains(model.members[c], p)) {
                return -1;
            }
        }
        return c;
    }

    /**
     * When tables bind: booth meeting m goes into a slot where only shared-table meetings (or, one
     * level deep, booth meetings that can move elsewhere the same way) are in its members' way;
     * they leave, the tables they free at that slot go to the heaviest waiting shared meetings that
     * fit there, and the booth meetings find another slot. Kept when the weight grows, or stays and
     * more meetings are held; otherwise undone from the journal.
     */
    boolean swapForTable(int m) {
        return swapForTable(m, 1);
    }

    private boolean swapForTable(int m, int depth) {
        if (model.shared(m) || !capacityLeft(m) || journalSize < 0) {
            return false;
        }
        int[] slots = model.feasible[m];
        int n = slots.length;
        int offset = random.nextInt(n);
        int[] out = new int[model.members[m].length];
        for (int i = 0; i < n; i++) {
            int s = slots[(i + offset) % n];
            if (tabu(m, s)) {
                continue;
            }
            int k = 0;
            boolean ok = true;
            for (int p : model.members[m]) {
                int o = occupant[p * S + s];
                if (o >= 0 && !contains(out, k, o)) {
                    if (locked[o] || !model.shared(o) && depth == 0) {
                        ok = false;
                        break;
                    }
                    out[k++] = o;
                }
            }
            if (!ok || k == 0) {
                continue;
            }
            int mark = journalSize;
            long weightBefore = weight;
            int heldBefore = held;
            for (int j = 0; j < k; j++) {
                remove(out[j]);
            }
            place(m, s);
            for (int j = 0; j < k; j++) {
                int o = out[j];
                if (model.shared(o)) {
                    int u = heaviestFitting(s, out, k);
                    if (u >= 0) {
                        place(u, s);
                    }
                } else if (!placeElsewhere(o, s)) {
                    swapForTable(o, depth - 1);
                }
            }
            if (weight > weightBefore || weight == weightBefore && held > heldBefore) {
                for (int j = 0; j < k; j++) {
                    fails[out[j]] = 0;
                }
                return true;
            }
            undoTo(mark);
        }
        return false;
    }

    /** Booth meeting b into a free place in another slot than s, if there is one. */
    private boolean placeElsewhere(int b, int s) {
        if (!capacityLeft(b)) {
            return false;
        }
        for (int t : model.feasible[b]) {
            if (t != s && fits(b, t)) {
                place(b, t);
                return true;
            }
        }
        return false;
    }

    /** A waiting shared meeting that fits slot s now, from the heaviest weight class that has one (sampled). */
    private int heaviestFitting(int s, int[] except, int k) {
        int[] list = sharedBySlot[s];
        int[] starts = weightClass[s];
        if (list == null || sharedUse[s] >= model.tables) {
            return -1;
        }
        for (int c = 0; c + 1 < starts.length && c < 8; c++) {
            int from = starts[c];
            int size = starts[c + 1] - from;
            for (int t = 0; t < 16; t++) {
                int u = list[from + random.nextInt(size)];
                if (slotOf[u] < 0 && !contains(except, k, u) && capacityLeft(u) && fits(u, s)) {
                    return u;
                }
            }
        }
        return -1;
    }

    /** A plateau move: an unscheduled meeting replaces what is in its way when that weighs no more. */
    void kick() {
        if (poolSize == 0) {
            return;
        }
        kicks++;
        int m = pool[random.nextInt(poolSize)];
        int[] slots = model.feasible[m];
        int s = slots[random.nextInt(slots.length)];
        if (tabu(m, s)) {
            return;
        }
        int[] out = new int[2 * model.members[m].length + 1];
        int n = 0;
        long w = 0;
        for (int p : model.members[m]) {
            int o = occupant[p * S + s];
            if (o >= 0 && !contains(out, n, o)) {
                out[n++] = o;
                w += model.weight[o];
            }
        }
        int tablesFreed = 0;
        for (int i = 0; i < n; i++) {
            tablesFreed += model.shared(out[i]) ? 1 : 0;
        }
        if (model.shared(m) && sharedUse[s] - tablesFreed >= model.tables) {
            if (sharedUse[s] == 0) {
                return;
            }
            int o = sharedIn[s][random.nextInt(sharedUse[s])];
            if (contains(out, n, o)) {
                return;
            }
            out[n++] = o;
            w += model.weight[o];
        }
        for (int p : model.members[m]) {
            if (count[p] >= model.cap[p]) {
                boolean freed = false;
                for (int i = 0; i < n; i++) {
                    freed |= contains(model.members[out[i]], p);
                }
                if (!freed) {
                    // take out one of p's meetings elsewhere
                    int[] theirs = model.meetingsOf[p];
                    int k0 = random.nextInt(theirs.length);
                    int found = -1;
                    for (int k = 0; k < theirs.length; k++) {
                        int o = theirs[(k + k0) % theirs.length];
                        if (slotOf[o] >= 0 && !locked[o] && !contains(out, n, o)) {
                            found = o;
                            break;
                        }
                    }
                    if (found < 0) {
                        return;
                    }
                    out[n++] = found;
                    w += model.weight[found];
                }
            }
        }
        if (w > model.weight[m]) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (locked[out[i]]) {
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            int o = out[i];
            int was = slotOf[o];
            remove(o);
            fails[o] = 0;
            tabuSlot[o] = was;
            tabuUntil[o] = kicks + 10 + random.nextInt(10);
        }
        place(m, s);
        for (int i = 0; i < n; i++) {
            if (slotOf[out[i]] < 0) {
                budget = 200;
                stamp++;
                mark[out[i]] = stamp;
                mark[m] = stamp;
                insert(out[i], 2, 0);
            }
        }
    }

    private boolean tabu(int m, int s) {
        return tabuSlot[m] >= 0 && (s < 0 || tabuSlot[m] == s) && tabuUntil[m] > kicks;
    }

    /** The lower criteria on the best schedule: no one left out needlessly, fewer moves, fewer gaps. */
    void polish(long deadline) {
        // participants without a meeting although one of theirs could be placed: swap one in
        for (int p = 0; p < model.participants; p++) {
            if (count[p] > 0 || System.nanoTime() >= deadline) {
                continue;
            }
            for (int m : model.meetingsOf[p]) {
                if (slotOf[m] < 0 && schedulable(m) && fillEmpty(m)) {
                    break;
                }
            }
        }
        // back to the previous slot where that is free
        for (int m = 0; m < model.meetings; m++) {
            int s = model.previousSlot[m];
            if (s >= 0 && slotOf[m] >= 0 && slotOf[m] != s && !locked[m] && feasibleIn(m, s)) {
                int was = slotOf[m];
                remove(m);
                place(m, fits(m, s) ? s : was);
            }
        }
        // fewer idle slots: move meetings to a free slot that closes gaps
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int m = 0; m < model.meetings; m++) {
                int was = slotOf[m];
                if (was < 0 || locked[m] || was == model.previousSlot[m]) {
                    continue;
                }
                int before = gaps(m);
                remove(m);
                int chosen = was;
                int best = before;
                for (int s : model.feasible[m]) {
                    if (s != was && s != model.previousSlot[m] && fits(m, s)) {
                        place(m, s);
                        int g = gaps(m);
                        remove(m);
                        if (g < best) {
                            best = g;
                            chosen = s;
                        }
                    }
                }
                place(m, chosen);
                changed |= chosen != was;
            }
            if (!changed || System.nanoTime() >= deadline) {
                break;
            }
        }
    }

    /** Places m (of a participant with no meeting) by taking out what weighs no more and leaves nobody empty. */
    private boolean fillEmpty(int m) {
        for (int s : model.feasible[m]) {
            int c = -1;
            boolean ok = true;
            for (int p : model.members[m]) {
                int o = occupant[p * S + s];
                if (o >= 0) {
                    if (c >= 0 && c != o) {
                        ok = false;
                    }
                    c = o;
                }
            }
            if (!ok) {
                continue;
            }
            if (c < 0) {
                if (capacityLeft(m) && fits(m, s)) {
                    place(m, s);
                    return true;
                }
                continue;
            }
            if (locked[c] || model.weight[c] > model.weight[m]) {
                continue;
            }
            boolean emptiesSomeone = false;
            for (int r : model.members[c]) {
                emptiesSomeone |= count[r] == 1 && !contains(model.members[m], r);
            }
            if (emptiesSomeone) {
                continue;
            }
            remove(c);
            if (capacityLeft(m) && fits(m, s)) {
                place(m, s);
                stamp++;
                mark[m] = stamp;
                mark[c] = stamp;
                budget = 100;
                insert(c, 0, 0);
                return true;
            }
            place(c, s);
        }
        return false;
    }

    /** Idle slots between the meetings of m's members, day by day. */
    private int gaps(int m) {
        int total = 0;
        for (int p : model.members[m]) {
            int first = -1;
            int last = -1;
            int busy = 0;
            int day = Integer.MIN_VALUE;
            for (int s = 0; s < model.slots; s++) {
                if (model.day[s] != day) {
                    total += first >= 0 ? last - first + 1 - busy : 0;
                    first = -1;
                    busy = 0;
                    day = model.day[s];
                }
                if (occupant[p * S + s] >= 0) {
                    if (first < 0) {
                        first = s;
                    }
                    last = s;
                    busy++;
                }
            }
            total += first >= 0 ? last - first + 1 - busy : 0;
        }
        return total;
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
        if (journalSize >= 0) {
            log(m << 1 | 1, s);
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
        if (journalSize >= 0) {
            log(m << 1, s);
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

    private void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean contains(int[] a, int x) {
        return contains(a, a.length, x);
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }
}
