package org.liaison.forum.schedule;

/**
 * @param scheduled number of scheduled meetings
 * @param weight    their total weight
 * @param seconds   wall time the solver took
 * @param moved     meetings of {@code previous} now elsewhere or unscheduled
 */
public record Stats(int scheduled, long weight, double seconds, int moved) {}
