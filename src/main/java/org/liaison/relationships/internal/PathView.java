package org.liaison.relationships.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An introduction path from the hub to an organization, with the link behind each step. */
public record PathView(List<StepView> steps) {

    public PathView {
        steps = List.copyOf(steps);
    }

    /** A party of a step: an organization or a person. */
    public record Party(String type, String id, String name) {}

    /**
     * One step: walked from {@code from} to {@code to}; {@code link} says in its own direction what
     * connects them, e.g. "Toshiba MEMBER_OF Keidanren".
     */
    public record StepView(Party from, Party to, String kind, String type, String link, @Nullable String since) {}
}
