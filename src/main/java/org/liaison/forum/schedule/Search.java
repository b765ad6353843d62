package org.liaison.forum.schedule;

import java.util.SplittableRandom;

/**
 * What the moves of one search share besides the {@link Board}: the random source, the marks of
 * the meetings taking part in the chain being built, the effort budget of the current attempt,
 * the tabu list of the plateau kicks, and the failed attempts per meeting.
 */
final class Search {

    final Model model;
    final Board board;
    final SplittableRandom random;
    /** Whether shared tables are the binding resource (then booth meetings are tried first and tables get swapped). */
    final boolean scarce;
    /** Meetings taking part in the chain being built carry the current {@link #stamp}. */
    final int[] mark;
    int stamp;
    int budget;
    /** Tabu: a meeting ejected from a slot does not return there before this kick. */
    final int[] tabuSlot;
    final long[] tabuUntil;
    long kicks;
    /** Failed insertion attempts per meeting since it last left the schedule: hopeless ones get less effort. */
    final int[] fails;

    Search(Board board, long seed) {
        this.model = board.model;
        this.board = board;
        this.random = new SplittableRandom(seed);
        int meetings = model.meetings;
        mark = new int[meetings];
        tabuSlot = new int[meetings];
        tabuUntil = new long[meetings];
        java.util.Arrays.fill(tabuSlot, -1);
        fails = new int[meetings];
        scarce = tablesBind(board);
    }

    /** Shared tables bind when the schedulable shared meetings are more than twice the table-slots. */
    static boolean tablesBind(Board board) {
        Model model = board.model;
        long sharedDemand = 0;
        for (int m = 0; m < model.meetings; m++) {
            if (model.shared(m) && board.schedulable(m)) {
                sharedDemand++;
            }
        }
        return (long) model.tables * model.slots * 2 < sharedDemand;
    }

    /** Starts a new chain: only meeting m is marked. */
    void newChain(int m) {
        stamp++;
        mark[m] = stamp;
    }

    boolean tabu(int m, int s) {
        return tabuSlot[m] >= 0 && (s < 0 || tabuSlot[m] == s) && tabuUntil[m] > kicks;
    }

    void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static boolean contains(int[] a, int x) {
        return contains(a, a.length, x);
    }

    static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }
}
