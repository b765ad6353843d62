package org.liaison.forum.schedule;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The greedy start (also the benchmark's baseline): locked meetings first, then the previous
 * schedule where it still fits, then the rest by weight and scarcity, each into the free slot
 * next to its members' other meetings of the day.
 */
final class Construction {

    private Construction() {}

    static void construct(Board board, SplittableRandom random, boolean scarce) {
        Model model = board.model;
        int S = board.S;
        int[] occupant = board.occupant;
        for (int m = 0; m < model.meetings; m++) {
            if (board.locked[m]) {
                board.place(m, model.lockedSlot[m]);
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
            if (board.slotOf[m] < 0 && s >= 0 && board.capacityLeft(m) && board.feasibleIn(m, s) && board.fits(m, s)) {
                board.place(m, s);
            }
        }
        for (int m : order) {
            if (board.slotOf[m] >= 0 || !board.capacityLeft(m)) {
                continue;
            }
            int chosen = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int s : model.feasible[m]) {
                if (board.fits(m, s)) {
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
                board.place(m, chosen);
            }
        }
    }
}
