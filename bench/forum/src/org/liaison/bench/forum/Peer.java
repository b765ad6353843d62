package org.liaison.bench.forum;

import java.time.Duration;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Schedule;

/** A solver the benchmark runs side by side with the others, at the same time limit. */
interface Peer {

    String name();

    Schedule solve(Instance instance, Duration limit, long seed) throws Exception;
}
