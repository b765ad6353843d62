package org.liaison.forum.schedule;

/** Told now and then how far the solver is (0 to 1 of its time) and the best weight so far. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (fraction, bestWeight) -> {};

    void report(double fraction, long bestWeight);
}
