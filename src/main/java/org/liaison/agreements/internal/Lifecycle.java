package org.liaison.agreements.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.liaison.agreements.AgreementStatus;

/**
 * The agreement's state machine, plain Java: which transitions each state allows, and which
 * transition the dates call for on a given day. Guards on data (parties, dates) are the
 * {@link Agreement}'s; this class knows only states and dates.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /** The state after {@code transition}, or {@link IllegalTransitionException} naming what is allowed. */
    public static AgreementStatus next(AgreementStatus current, Transition transition) {
        if (!transition.allowedFrom(current)) {
            throw new IllegalTransitionException(current, transition, manualFrom(current));
        }
        return transition.to();
    }

    /** Every transition allowed from a state, manual or automatic. */
    public static List<Transition> allowedFrom(AgreementStatus current) {
        return Arrays.stream(Transition.values()).filter(t -> t.allowedFrom(current)).toList();
    }

    /** The paths of the transitions a person may ask for from a state, e.g. {@code [negotiate, sign, terminate]}. */
    public static List<String> manualFrom(AgreementStatus current) {
        return allowedFrom(current).stream().filter(Transition::manual).map(Transition::path).toList();
    }

    /**
     * The automatic transition the dates call for on {@code today}, if any: a signed agreement
     * whose start has come becomes ACTIVE; an active one within its notice period EXPIRING; one
     * past its expiry date EXPIRED. Apply it and ask again until nothing is due.
     */
    public static Optional<Transition> due(AgreementStatus current, Term term, LocalDate today) {
        var expires = term.expiresOn();
        if (expires != null && today.isAfter(expires) && Transition.EXPIRE.allowedFrom(current)) {
            return Optional.of(Transition.EXPIRE);
        }
        var starts = term.startsOn();
        if (current == AgreementStatus.SIGNED && starts != null && !today.isBefore(starts)) {
            return Optional.of(Transition.ACTIVATE);
        }
        var expiring = term.expiringFrom();
        if (current == AgreementStatus.ACTIVE && expiring != null && !today.isBefore(expiring)) {
            return Optional.of(Transition.MARK_EXPIRING);
        }
        return Optional.empty();
    }
}
