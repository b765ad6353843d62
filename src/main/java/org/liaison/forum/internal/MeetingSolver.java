package org.liaison.forum.internal;

import java.time.Duration;
import java.util.function.DoubleConsumer;

import org.springframework.stereotype.Component;

/**
 * The solver behind the scheduling jobs. Today the {@link GreedyPlanner}; the scheduler core of
 * {@code org.liaison.forum.schedule} replaces it here when it lands.
 */
@Component
class MeetingSolver {

    Planning.Solution solve(Planning.Problem problem, Duration limit, long seed, DoubleConsumer progress) {
        return GreedyPlanner.solve(problem, progress);
    }
}
