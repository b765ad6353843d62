package org.liaison.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking: the signed-in user's roles, the organization a partner user is bound to, and
 * the confidential groups (such as {@code committee}) the user belongs to.
 */
public record Viewer(@Nullable UUID userId, String username, Set<Role> roles,
        @Nullable UUID organization, Set<String> groups) {

    public static final Viewer ANONYMOUS = new Viewer(null, "anonymous", Set.of(), null, Set.of());

    /**
     * The viewer of a background job that acts for the hub as a whole, e.g. an indexer or a
     * reminder; it sees everything, like an administrator. Prefer a real user's viewer
     * ({@link UserAccounts#viewerOf}) when the work is done on someone's behalf.
     */
    public static Viewer system(String job) {
        return new Viewer(null, "system:" + job, Set.of(Role.ADMINISTRATOR), null, Set.of());
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }

    /** Hub staff: administrators, cooperation managers and committee members. */
    public boolean isStaff() {
        return roles.contains(Role.ADMINISTRATOR) || roles.contains(Role.COOPERATION_MANAGER)
                || roles.contains(Role.COMMITTEE_MEMBER);
    }

    public boolean isPartner() {
        return !isStaff() && roles.contains(Role.PARTNER);
    }

    /** What this viewer may read, as a value that modules turn into SQL or index predicates. */
    public ReadScope readScope() {
        if (isAdministrator()) {
            return ReadScope.everything();
        }
        if (isStaff()) {
            return ReadScope.staff(groups);
        }
        if (isPartner() && organization != null) {
            return ReadScope.partner(organization);
        }
        return ReadScope.nothing();
    }
}
