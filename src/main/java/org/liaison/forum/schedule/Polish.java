package org.liaison.forum.schedule;

/**
 * The lower criteria on the best schedule, without giving up weight: no one left out needlessly,
 * fewer moves against the previous schedule, fewer idle gaps.
 */
final class Polish {

    private final Search search;
    private final Board board;
    private final Model model;
    private final Chains chains;
    private final int S;

    Polish(Search search, Chains chains) {
        this.search = search;
        this.board = search.board;
        this.model = search.model;
        this.chains = chains;
        this.S = board.S;
    }

    void polish(long deadline) {
        // participants without a meeting although one of theirs could be placed: swap one in
        for (int p = 0; p < model.participants; p++) {
            if (board.count[p] > 0 || System.nanoTime() >= deadline) {
                continue;
            }
            for (int m : model.meetingsOf[p]) {
                if (board.slotOf[m] < 0 && board.schedulable(m) && fillEmpty(m)) {
                    break;
                }
            }
        }
        // back to the previous slot where that is free
        for (int m = 0; m < model.meetings; m++) {
            int s = model.previousSlot[m];
            if (s >= 0 && board.slotOf[m] >= 0 && board.slotOf[m] != s && !board.locked[m] && board.feasibleIn(m, s)) {
                int was = board.slotOf[m];
                board.remove(m);
                board.place(m, board.fits(m, s) ? s : was);
            }
        }
        // fewer idle slots: move meetings to a free slot that closes gaps
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int m = 0; m < model.meetings; m++) {
                int was = board.slotOf[m];
                if (was < 0 || board.locked[m] || was == model.previousSlot[m]) {
                    continue;
                }
                int before = gaps(m);
                board.remove(m);
                int chosen = was;
                int best = before;
                for (int s : model.feasible[m]) {
                    if (s != was && s != model.previousSlot[m] && board.fits(m, s)) {
                        board.place(m, s);
                        int g = gaps(m);
                        board.remove(m);
                        if (g < best) {
                            best = g;
                            chosen = s;
                        }
                    }
                }
                board.place(m, chosen);
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
                int o = board.occupant[p * S + s];
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
                if (board.capacityLeft(m) && board.fits(m, s)) {
                    board.place(m, s);
                    return true;
                }
                continue;
            }
            if (board.locked[c] || model.weight[c] > model.weight[m]) {
                continue;
            }
            boolean emptiesSomeone = false;
            for (int r : model.members[c]) {
                emptiesSomeone |= board.count[r] == 1 && !Search.contains(model.members[m], r);
            }
            if (emptiesSomeone) {
                continue;
            }
            board.remove(c);
            if (board.capacityLeft(m) && board.fits(m, s)) {
                board.place(m, s);
                search.stamp++;
                search.mark[m] = search.stamp;
                search.mark[c] = search.stamp;
                search.budget = 100;
                chains.insert(c, 0, 0);
                return true;
            }
            board.place(c, s);
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
                if (board.occupant[p * S + s] >= 0) {
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
}
