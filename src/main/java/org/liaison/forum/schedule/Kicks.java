package org.liaison.forum.schedule;

import static org.liaison.forum.schedule.Search.contains;

/**
 * Plateau moves for when the chains stall: an unscheduled meeting replaces what is in its way when
 * that weighs no more; the ones it replaced are tabu in their old slot for a while and look for a
 * new place by a short chain.
 */
final class Kicks {

    private final Search search;
    private final Board board;
    private final Model model;
    private final Chains chains;
    private final int S;

    Kicks(Search search, Chains chains) {
        this.search = search;
        this.board = search.board;
        this.model = search.model;
        this.chains = chains;
        this.S = board.S;
    }

    void kick() {
        if (board.poolSize == 0) {
            return;
        }
        search.kicks++;
        int m = board.pool[search.random.nextInt(board.poolSize)];
        int[] slots = model.feasible[m];
        int s = slots[search.random.nextInt(slots.length)];
        if (search.tabu(m, s)) {
            return;
        }
        int[] out = new int[2 * model.members[m].length + 1];
        int n = 0;
        long w = 0;
        for (int p : model.members[m]) {
            int o = board.occupant[p * S + s];
            if (o >= 0 && !contains(out, n, o)) {
                out[n++] = o;
                w += model.weight[o];
            }
        }
        int tablesFreed = 0;
        for (int i = 0; i < n; i++) {
            tablesFreed += model.shared(out[i]) ? 1 : 0;
        }
        if (model.shared(m) && board.sharedUse[s] - tablesFreed >= model.tables) {
            if (board.sharedUse[s] == 0) {
                return;
            }
            int o = board.sharedIn[s][search.random.nextInt(board.sharedUse[s])];
            if (contains(out, n, o)) {
                return;
            }
            out[n++] = o;
            w += model.weight[o];
        }
        for (int p : model.members[m]) {
            if (board.count[p] >= model.cap[p]) {
                boolean freed = false;
                for (int i = 0; i < n; i++) {
                    freed |= contains(model.members[out[i]], p);
                }
                if (!freed) {
                    // take out one of p's meetings elsewhere
                    int[] theirs = model.meetingsOf[p];
                    int k0 = search.random.nextInt(theirs.length);
                    int found = -1;
                    for (int k = 0; k < theirs.length; k++) {
                        int o = theirs[(k + k0) % theirs.length];
                        if (board.slotOf[o] >= 0 && !board.locked[o] && !contains(out, n, o)) {
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
            if (board.locked[out[i]]) {
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            int o = out[i];
            int was = board.slotOf[o];
            board.remove(o);
            search.fails[o] = 0;
            search.tabuSlot[o] = was;
            search.tabuUntil[o] = search.kicks + 10 + search.random.nextInt(10);
        }
        board.place(m, s);
        for (int i = 0; i < n; i++) {
            if (board.slotOf[out[i]] < 0) {
                search.budget = 200;
                search.stamp++;
                search.mark[out[i]] = search.stamp;
                search.mark[m] = search.stamp;
                chains.insert(out[i], 2, 0);
            }
        }
    }
}
