package org.liaison.forum.schedule;

import java.time.Duration;
import java.util.Map;

/**
 * Places accepted meetings into slots and tables, best first by the contract's order: more
 * weight, fewer participants left without a meeting, fewer moves against the previous schedule,
 * fewer idle gaps. Stops at the time limit or when the calling thread is interrupted; either way
 * it returns the best schedule found so far (an interrupted caller finds its interrupt flag still
 * set).
 */
public final class Scheduler {

    private Scheduler() {}

    /**
     * @throws InvalidInstanceException naming the instance's first problem
     */
    public static Schedule solve(Instance instance, Duration limit, long seed, Progress progress) {
        long started = System.nanoTime();
        Model model = InstanceCheck.model(instance);
        Solver solver = new Solver(model, seed);
        int[] best = solver.solve(started + Math.max(0, limit.toNanos()), progress == null ? Progress.NONE : progress);
        return model.schedule(best, Math.round((System.nanoTime() - started) / 1e6) / 1e3);
    }

    /** The greedy construction alone (the benchmark's baseline): scarce meetings first, no search. */
    public static Schedule greedy(Instance instance) {
        long started = System.nanoTime();
        Model model = InstanceCheck.model(instance);
        Solver solver = new Solver(model, 0);
        solver.construct();
        return model.schedule(solver.slotOf(), Math.round((System.nanoTime() - started) / 1e6) / 1e3);
    }

    /**
     * A schedule from slot choices made elsewhere (by hand, or by another solver): tables are
     * given as the scheduler gives them (locked ones kept, previous ones kept when free, then the
     * lowest free number). Meetings without a slot are unscheduled. Nothing is checked; see
     * {@link Validator}.
     */
    public static Schedule assemble(Instance instance, Map<String, String> slotOfMeeting, double seconds) {
        Model model = InstanceCheck.model(instance);
        int[] slotOf = new int[model.meetings];
        for (int m = 0; m < model.meetings; m++) {
            String slot = slotOfMeeting.get(instance.meetings().get(m).id());
            Integer s = slot == null ? null : model.slotIndex.get(slot);
            slotOf[m] = s == null ? -1 : s;
        }
        return model.schedule(slotOf, seconds);
    }
}
