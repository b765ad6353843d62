package org.liaison.relationships.internal.strength;

import java.time.LocalDate;

/**
 * One interaction with the partner: a meeting, a visit, a call, on a day. {@code weight} is the
 * seniority of the people met (1 for working level, more for heads of the organization); it must be
 * positive.
 */
public record Interaction(LocalDate date, double weight) {

    public Interaction {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("An interaction's weight must be positive: " + weight);
        }
    }

    public static Interaction on(LocalDate date) {
        return new Interaction(date, 1.0);
    }
}
