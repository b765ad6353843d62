package org.liaison.engagements;

import java.util.Locale;
import java.util.Optional;

/** What kind of engagement: the first four can contain meetings. Labels: {@code engagement.kind.<NAME>}. */
public enum EngagementKind {
    FORUM, CONFERENCE, VISIT, DELEGATION, MEETING, CALL;

    /** A forum, conference, visit or delegation contains meetings; a meeting or call does not. */
    public boolean canContain() {
        return this == FORUM || this == CONFERENCE || this == VISIT || this == DELEGATION;
    }

    /** The kind for a constant name in any case, e.g. {@code visit}. */
    public static Optional<EngagementKind> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
