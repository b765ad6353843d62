package org.liaison.directory;

import java.util.UUID;

/** Other modules refer to an organization by this id, never by its entity. */
public record OrganizationId(UUID value) {

    public static OrganizationId of(String value) {
        return new OrganizationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
