package org.liaison.agreements.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementStatus;

/**
 * Filters of the agreement list; null means any.
 *
 * @param country       ISO code of a party's country
 * @param expiringWithin days from today within which the expiry date falls
 * @param organization  a party
 */
public record AgreementFilter(@Nullable AgreementKind kind, @Nullable AgreementStatus status, @Nullable String country,
        @Nullable Integer expiringWithin, @Nullable UUID organization) {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null, null);
    }
}
