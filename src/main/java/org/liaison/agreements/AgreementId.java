package org.liaison.agreements;

import java.util.UUID;

/** Other modules refer to an agreement by this id, never by its entity. */
public record AgreementId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
