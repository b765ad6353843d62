package org.liaison.relationships;

/**
 * The stages of a relationship, in pipeline order. The categories are fixed (the rules rely on
 * them); their labels can be renamed by an administrator per language.
 */
public enum Stage {
    PROSPECT,
    CONTACTED,
    ENGAGED,
    NEGOTIATING,
    AGREEMENT,
    ACTIVE,
    DORMANT;

    /** AGREEMENT and ACTIVE: an agreement was signed; the organization is an active partner. */
    public boolean isPartner() {
        return this == AGREEMENT || this == ACTIVE;
    }

    /** A move back in the pipeline (DORMANT is outside the order and never "behind"). */
    public boolean isBehind(Stage other) {
        return this != DORMANT && other != DORMANT && ordinal() < other.ordinal();
    }
}
