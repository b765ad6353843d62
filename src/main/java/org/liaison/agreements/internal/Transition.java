package org.liaison.agreements.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.liaison.agreements.AgreementStatus;

import static org.liaison.agreements.AgreementStatus.*;

/**
 * The moves of an agreement's life, each from some states to one. People ask for the manual ones
 * ({@code POST /api/v1/agreements/{id}/sign}); the dates drive the automatic ones (a signed
 * agreement takes effect, an active one starts expiring, then expires).
 */
public enum Transition {
    NEGOTIATE("negotiate", true, NEGOTIATING, DRAFT),
    SIGN("sign", true, SIGNED, DRAFT, NEGOTIATING),
    ACTIVATE("activate", true, ACTIVE, SIGNED),
    MARK_EXPIRING("mark-expiring", false, EXPIRING, ACTIVE),
    EXPIRE("expire", false, EXPIRED, SIGNED, ACTIVE, EXPIRING),
    RENEW("renew", true, RENEWED, ACTIVE, EXPIRING, EXPIRED),
    TERMINATE("terminate", true, TERMINATED, DRAFT, NEGOTIATING, SIGNED, ACTIVE, EXPIRING);

    private final String path;
    private final boolean manual;
    private final AgreementStatus to;
    private final Set<AgreementStatus> from;

    Transition(String path, boolean manual, AgreementStatus to, AgreementStatus... from) {
        this.path = path;
        this.manual = manual;
        this.to = to;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    /** Its name in URLs and problem details: {@code sign}, {@code mark-expiring}. */
    public String path() {
        return path;
    }

    /** Whether a person may ask for it (otherwise only the dates bring it about). */
    public boolean manual() {
        return manual;
    }

    public AgreementStatus to() {
        return to;
    }

    public boolean allowedFrom(AgreementStatus status) {
        return from.contains(status);
    }

    public static Optional<Transition> ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
}
