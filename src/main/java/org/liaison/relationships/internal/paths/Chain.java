package org.liaison.relationships.internal.paths;

import java.util.List;

/** A chain of introductions from the hub to a target, step by step. */
public record Chain(List<Step> steps) {

    public Chain {
        steps = List.copyOf(steps);
    }

    public int length() {
        return steps.size();
    }
}
