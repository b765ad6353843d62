package org.liaison.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a user.
 *
 * @param username          unique ignoring case; letters, digits and {@code . _ - @}, 2 to 100 characters
 * @param displayName       the name shown to others
 * @param password          the initial password, checked against the password policy
 * @param roles             at least one; {@link Role#PARTNER} cannot be combined with a staff role
 * @param organization      the organization a partner user is bound to (required for partners)
 * @param groups            confidential groups; committee members are always in {@code committee}
 * @param preferredLanguage a language tag such as {@code ja}, or null for the browser's language
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles,
        @Nullable UUID organization, Set<String> groups, @Nullable String preferredLanguage) {

    public NewUser {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }

    /** A member of the hub's staff. */
    public static NewUser staff(String username, String displayName, String password, Role role) {
        return new NewUser(username, displayName, password, Set.of(role), null, Set.of(), null);
    }

    /** A user of a partner organization, who sees that organization's records and what is shared with it. */
    public static NewUser partner(String username, String displayName, String password, UUID organization) {
        return new NewUser(username, displayName, password, Set.of(Role.PARTNER), organization, Set.of(), null);
    }
}
