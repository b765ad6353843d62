package org.liaison.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user as other modules see it: never the password hash. */
public record UserAccount(UUID id, long version, String username, String displayName, Set<Role> roles,
        @Nullable UUID organization, Set<String> groups, boolean enabled, @Nullable String preferredLanguage,
        Instant createdAt) {

    public Viewer viewer() {
        return new Viewer(id, username, roles, organization, groups);
    }
}
