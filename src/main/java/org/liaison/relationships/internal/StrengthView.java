package org.liaison.relationships.internal;

import java.util.List;

/** A relationship's strength with its reasons, each a message key, its arguments, its points and its text. */
public record StrengthView(int score, List<Reason> reasons) {

    public StrengthView {
        reasons = List.copyOf(reasons);
    }

    public record Reason(String key, List<Object> arguments, int points, String text) {}
}
