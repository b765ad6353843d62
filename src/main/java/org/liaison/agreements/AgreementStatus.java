package org.liaison.agreements;

/**
 * Where an agreement is in its life. DRAFT and NEGOTIATING before signature; SIGNED, ACTIVE and
 * EXPIRING while it is in force; EXPIRED, RENEWED and TERMINATED once it no longer is.
 */
public enum AgreementStatus {
    DRAFT,
    NEGOTIATING,
    SIGNED,
    ACTIVE,
    EXPIRING,
    EXPIRED,
    RENEWED,
    TERMINATED;

    /** Signed and not yet ended. */
    public boolean inForce() {
        return this == SIGNED || this == ACTIVE || this == EXPIRING;
    }

    /** Nothing follows: expired, renewed (its successor continues) or terminated. */
    public boolean isFinal() {
        return this == EXPIRED || this == RENEWED || this == TERMINATED;
    }
}
