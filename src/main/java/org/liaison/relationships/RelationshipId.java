package org.liaison.relationships;

import java.util.UUID;

/** Other modules refer to a relationship by this id. */
public record RelationshipId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
