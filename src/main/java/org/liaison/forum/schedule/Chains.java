package org.liaison.forum.schedule;

import static org.liaison.forum.schedule.Search.contains;

/**
 * Ejection chains: an unscheduled meeting goes in by moving or replacing the one meeting in its
 * way, which then looks for a place the same way, or leaves its freed place to a waiting meeting
 * of its members (augmenting paths of the b-matching, checked against slots, tables and caps).
 */
final class Chains {

    private final Search search;
    private final Board board;
    private final Model model;
    private final int S;

    Chains(Search search) {
        this.search = search;
        this.board = search.board;
        this.model = search.model;
        this.S = board.S;
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
        int offset = search.random.nextInt(n);
        if (board.capacityLeft(m)) {
            for (int i = 0; i < n; i++) {
                int s = slots[(i + offset) % n];
                if (!search.tabu(m, s) && board.fits(m, s)) {
                    board.place(m, s);
                    return true;
                }
            }
        }
        if (depth == 0) {
            return false;
        }
        for (int i = 0; i < n && search.budget > 0; i++) {
            int s = slots[(i + offset) % n];
            if (!search.tabu(m, s) && insertAt(m, s, depth, gain)) {
                return true;
            }
        }
        return false;
    }

    /** Schedules m in slot s by taking out the one meeting in its way, then finding that one a place. */
    private boolean insertAt(int m, int s, int depth, long gain) {
        search.budget--;
        int c = blocker(m, s);
        if (c < 0) {
            return false;
        }
        long after = gain + model.weight[m] - model.weight[c];
        board.remove(c);
        board.place(m, s);
        search.mark[c] = search.stamp;
        // cheap first: c straight into a free place, or a waiting meeting of c's freed members into s
        if (!search.tabu(c, -1) && insert(c, 0, after)) {
            return true;
        }
        if (freedPlace(c, m, s, 0, after)) {
            return true;
        }
        if (after > 0) {
            return true; // c stays out, lighter than m
        }
        // then deeper: c moves others out of its way, or a waiting meeting does
        if (depth > 1 && (!search.tabu(c, -1) && insert(c, depth - 1, after) || freedPlace(c, m, s, depth - 1, after))) {
            return true;
        }
        board.remove(m);
        board.place(c, s);
        return false;
    }

    /** After c left slot s for m: one of the waiting meetings of c's other members takes s. */
    private boolean freedPlace(int c, int m, int s, int depth, long gain) {
        for (int r : model.members[c]) {
            if (search.budget <= 0 || board.slotOf[m] != s) {
                return false;
            }
            if (board.occupant[r * S + s] >= 0) {
                continue;
            }
            int[] theirs = model.meetingsOf[r];
            int k0 = theirs.length == 0 ? 0 : search.random.nextInt(theirs.length);
            for (int k = 0; k < theirs.length && search.budget > 0; k++) {
                int u = theirs[(k + k0) % theirs.length];
                if (board.slotOf[u] >= 0 || search.mark[u] == search.stamp || !board.feasibleIn(u, s) || search.tabu(u, s)) {
                    continue;
                }
                if (depth == 0) {
                    search.budget--;
                    // when tables bind, a lighter meeting taking the freed place is a loss, not a chain's end
                    if (board.capacityLeft(u) && board.fits(u, s) && !(search.scarce && gain + model.weight[u] < 0)) {
                        board.place(u, s);
                        return true;
                    }
                } else {
                    search.mark[u] = search.stamp;
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
    private int blocker(int m, int s) {
        int c = -1;
        for (int p : model.members[m]) {
            int o = board.occupant[p * S + s];
            if (o >= 0 && o != c) {
                if (c >= 0) {
                    return -1;
                }
                c = o;
            }
        }
        if (c < 0 && model.shared(m) && board.sharedUse[s] >= model.tables) {
            if (board.sharedUse[s] == 0) {
                return -1;
            }
            c = board.sharedIn[s][search.random.nextInt(board.sharedUse[s])];
        }
        if (c < 0 || board.locked[c] || search.mark[c] == search.stamp) {
            return -1;
        }
        if (model.shared(m) && !model.shared(c) && board.sharedUse[s] >= model.tables) {
            return -1;
        }
        for (int p : model.members[m]) {
            if (board.count[p] >= model.cap[p] && !contains(model.members[c], p)) {
                return -1;
            }
        }
        return c;
    }
}
