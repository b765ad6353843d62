package org.liaison.forum.schedule;

import java.util.Arrays;

/**
 * The search behind {@link Scheduler}. A greedy {@link Construction}, then local search until the
 * deadline: {@link Chains} (ejection chains) for each unscheduled meeting, and {@link Kicks}
 * (plateau moves) when the chains stall. When shared tables bind (shared demand above twice the
 * table-slots), booth meetings are tried first, {@link TableSwaps} let them take slots from
 * shared-table meetings, and chains that lose weight are undone from the {@link Journal}. The best
 * schedule by weight (then by meetings held) is kept and finally {@link Polish}ed for the lower
 * criteria: participants left without a meeting, moves against the previous schedule, idle gaps.
 */
final class Solver {

    private final Model model;
    private final Board board;
    private final Search search;
    private final Chains chains;
    private final TableSwaps swaps;
    private final Kicks kicks;
    private final Polish polish;

    Solver(Model model, long seed) {
        this.model = model;
        board = new Board(model);
        search = new Search(board, seed);
        chains = new Chains(search);
        swaps = new TableSwaps(search);
        kicks = new Kicks(search, chains);
        polish = new Polish(search, chains);
    }

    /** The greedy start alone. */
    void construct() {
        Construction.construct(board, search.random, search.scarce);
    }

    int[] slotOf() {
        return board.slotOf.clone();
    }

    int[] solve(long end, Progress progress) {
        construct();
        boolean scarce = search.scarce;
        long start = System.nanoTime();
        // the last few percent of the time polish the lower criteria
        long deadline = end - Math.min(2_000_000_000L, Math.max(0, end - start) / 20);
        long total = Math.max(1, deadline - start);
        int[] best = board.slotOf.clone();
        long bestWeight = board.weight;
        int bestHeld = board.held;
        long nextReport = start;
        int stall = 0;
        outer:
        while (board.poolSize > 0) {
            boolean improved = false;
            int[] order = Arrays.copyOf(board.pool, board.poolSize);
            search.shuffle(order);
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
                        progress.report(Math.min(1.0, (now - start) / (double) total), Math.max(bestWeight, board.weight));
                        nextReport = now + 250_000_000L;
                    }
                }
                int m = order[i];
                if (board.slotOf[m] >= 0) {
                    continue;
                }
                long before = board.weight;
                search.budget = Math.max(25, 400 >> Math.min(4, search.fails[m]));
                search.newChain(m);
                int heldBefore = board.held;
                if (scarce) {
                    board.journal.start();
                }
                if (scarce && !model.shared(m) && swaps.swapForTable(m)) {
                    improved = true;
                } else if (chains.insert(m, 3, 0) && board.weight > before) {
                    improved = true;
                } else if (scarce && (board.weight < before || board.weight == before && board.held < heldBefore)) {
                    board.undo(); // when tables bind, a chain that loses weight is not kept
                    search.fails[m]++;
                } else if (board.slotOf[m] < 0) {
                    search.fails[m]++;
                }
                board.journal.stop();
            }
            if (board.weight > bestWeight || board.weight == bestWeight && board.held > bestHeld) {
                bestWeight = board.weight;
                bestHeld = board.held;
                System.arraycopy(board.slotOf, 0, best, 0, best.length);
                stall = 0;
            } else if (!improved) {
                stall++;
                if ((board.weight < bestWeight || board.weight == bestWeight && board.held < bestHeld) && stall % 20 == 0) {
                    board.restore(best);
                }
                for (int k = 0; k < 1 + board.poolSize / 20; k++) {
                    kicks.kick();
                }
            }
            if (System.nanoTime() >= deadline || Thread.currentThread().isInterrupted() || stall > 1000) {
                break;
            }
        }
        if (board.weight > bestWeight || board.weight == bestWeight && board.held > bestHeld) {
            System.arraycopy(board.slotOf, 0, best, 0, best.length);
        }
        board.restore(best);
        polish.polish(end);
        progress.report(1.0, board.weight);
        return board.slotOf.clone();
    }
}
