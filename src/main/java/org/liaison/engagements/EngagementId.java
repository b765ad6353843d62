package org.liaison.engagements;

import java.util.UUID;

/** Other modules refer to an engagement by this id, never by its entity. */
public record EngagementId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
