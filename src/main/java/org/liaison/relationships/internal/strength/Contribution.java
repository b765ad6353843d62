package org.liaison.relationships.internal.strength;

import java.util.List;

/**
 * One reason behind a strength score: a message key of the {@code relationships} bundle, its
 * arguments, and the points it adds (negative when it lowers the score).
 */
public record Contribution(String key, List<Object> arguments, int points) {

    public Contribution {
        arguments = List.copyOf(arguments);
    }
}
