package org.liaison.agreements.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The dates of an agreement.
 *
 * @param signedOn    the date of signature
 * @param effectiveOn from when it applies (the signature date when not given)
 * @param expiresOn   the last day it applies; none for open-ended agreements
 * @param noticeDays  how many days before expiry it counts as expiring
 */
public record Term(@Nullable LocalDate signedOn, @Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn,
        int noticeDays) {

    public static final int DEFAULT_NOTICE_DAYS = 30;

    /** The day it takes effect, once known. */
    public @Nullable LocalDate startsOn() {
        return effectiveOn != null ? effectiveOn : signedOn;
    }

    /** From this day on it counts as expiring; none when it does not expire. */
    public @Nullable LocalDate expiringFrom() {
        return expiresOn == null ? null : expiresOn.minusDays(noticeDays);
    }
}
