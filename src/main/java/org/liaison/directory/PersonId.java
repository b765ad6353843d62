package org.liaison.directory;

import java.util.UUID;

/** Other modules refer to a person by this id, never by its entity. */
public record PersonId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
