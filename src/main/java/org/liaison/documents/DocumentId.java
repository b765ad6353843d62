package org.liaison.documents;

import java.util.UUID;

/** Other modules refer to a stored document by this id. */
public record DocumentId(UUID value) {

    public static DocumentId of(String value) {
        return new DocumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
