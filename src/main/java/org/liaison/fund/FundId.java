package org.liaison.fund;

import java.util.UUID;

/** Other modules refer to a fund by this id, never by its entity. */
public record FundId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
