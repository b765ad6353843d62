package org.liaison.access;

import java.util.Set;

/**
 * The five kinds of caller every endpoint is checked against, in the order of the matrix's
 * columns. Each signed-in actor is a real user with a real password and a real API token.
 */
public enum Actor {
    ANONYMOUS(null),
    PARTNER(Role.PARTNER),
    MANAGER(Role.COOPERATION_MANAGER),
    COMMITTEE(Role.COMMITTEE_MEMBER),
    ADMIN(Role.ADMINISTRATOR);

    /** The password of every test user; it passes the password policy. */
    public static final String PASSWORD = "test-password-of-2012";

    private final Role role;

    Actor(Role role) {
        this.role = role;
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public Role role() {
        if (role == null) {
            throw new IllegalStateException("The anonymous actor has no role");
        }
        return role;
    }

    /** The column header of this actor in the matrix. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String username(String prefix) {
        return prefix + "-" + column();
    }

    public NewUser newUser(String prefix, java.util.UUID partnerOrganization) {
        return new NewUser(username(prefix), "Test " + column(), PASSWORD, Set.of(role()),
                role() == Role.PARTNER ? partnerOrganization : null, Set.of(), null);
    }
}
