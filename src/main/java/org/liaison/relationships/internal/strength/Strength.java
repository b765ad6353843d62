package org.liaison.relationships.internal.strength;

import java.util.List;

/** A relationship's strength, 0 to 100, with the reasons shown next to it. */
public record Strength(int score, List<Contribution> reasons) {

    public Strength {
        reasons = List.copyOf(reasons);
    }
}
