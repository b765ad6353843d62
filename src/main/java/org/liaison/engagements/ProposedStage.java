package org.liaison.engagements;

import java.util.Locale;
import java.util.Optional;

/**
 * The stage an engagement's outcome may propose for the relationships with its partner
 * organizations. The names are those of the relationships' stages; relationships only ever moves
 * forward on a proposal. Agreements move relationships on their own, so they are not proposed here.
 * Labels: {@code engagement.proposed-stage.<NAME>}.
 */
public enum ProposedStage {
    CONTACTED, ENGAGED, NEGOTIATING;

    /** The stage for a constant name in any case, e.g. {@code engaged}. */
    public static Optional<ProposedStage> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
