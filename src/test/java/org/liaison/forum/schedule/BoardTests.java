package org.liaison.forum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The search's board and its journal, without Spring: taking back journaled moves restores every count exactly. */
class BoardTests {

    @Test
    void undoingTheJournalRestoresTheBoardExactly() {
        for (long seed = 1; seed <= 200; seed++) {
            Model model = InstanceCheck.model(Instances.random(seed));
            Board board = new Board(model);
            SplittableRandom random = new SplittableRandom(seed);
            moves(board, random, 40);
            String before = state(board);
            board.journal.start();
            moves(board, random, 20);
            int mark = board.journal.size;
            String middle = state(board);
            moves(board, random, 20);
            board.undoTo(mark);
            assertThat(state(board)).as("seed %d, back to the mark", seed).isEqualTo(middle);
            assertThat(board.journal.recording()).isTrue();
            moves(board, random, 10);
            board.undo();
            assertThat(state(board)).as("seed %d, back to the start", seed).isEqualTo(before);
            assertThat(board.journal.recording()).isFalse();
        }
    }

    @Test
    void theBoardKeepsTheHardRulesItChecks() {
        for (long seed = 1; seed <= 200; seed++) {
            Instance instance = Instances.random(seed);
            Model model = InstanceCheck.model(instance);
            Board board = new Board(model);
            moves(board, new SplittableRandom(seed), 200);
            Schedule schedule = model.schedule(board.slotOf.clone(), 0);
            // locked meetings are not placed by these moves, so only rules 1, 2, 3 and 5 apply
            Instance unlocked = new Instance(instance.slots(), instance.sharedTables(), instance.participants(), instance.meetings(),
                    java.util.List.of(), java.util.List.of());
            assertThat(Validator.violations(unlocked, schedule)).as("seed %d", seed).isEmpty();
            long weight = 0;
            for (int m = 0; m < model.meetings; m++) {
                weight += board.slotOf[m] >= 0 ? model.weight[m] : 0;
            }
            assertThat(board.weight).isEqualTo(weight);
            assertThat(board.held).isEqualTo(schedule.stats().scheduled());
        }
    }

    /** Random valid places (free members, a table, caps) and removals. */
    private static void moves(Board board, SplittableRandom random, int n) {
        Model model = board.model;
        if (model.meetings == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int m = random.nextInt(model.meetings);
            if (board.slotOf[m] >= 0) {
                board.remove(m);
            } else if (model.feasible[m].length > 0 && board.capacityLeft(m)) {
                int s = model.feasible[m][random.nextInt(model.feasible[m].length)];
                if (board.fits(m, s)) {
                    board.place(m, s);
                }
            }
        }
    }

    private static String state(Board board) {
        int[] pool = Arrays.copyOf(board.pool, board.poolSize);
        Arrays.sort(pool);
        StringBuilder shared = new StringBuilder();
        for (int s = 0; s < board.S; s++) {
            int[] in = Arrays.copyOf(board.sharedIn[s], board.sharedUse[s]);
            Arrays.sort(in);
            shared.append(Arrays.toString(in));
        }
        return Arrays.toString(board.slotOf) + Arrays.toString(board.occupant) + Arrays.toString(board.count) + shared
                + Arrays.toString(pool) + board.weight + "/" + board.held;
    }
}
