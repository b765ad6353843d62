package org.liaison.directory.api;

import java.util.UUID;

import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;

/**
 * Real users with real API tokens for the API tests: each call creates a fresh user with a unique
 * name, so test classes that share a Spring context never collide.
 */
final class ApiUsers {

    private final UserAccounts users;
    private final ApiTokenService tokens;

    ApiUsers(UserAccounts users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** The bearer token of a new staff user with this role. */
    String staff(Role role) {
        var user = users.create(NewUser.staff(unique(role.name().toLowerCase()), "Test " + role, password(), role));
        return tokens.issue(user.id(), "api tests", null).secret();
    }

    /** The bearer token of a new partner user bound to this organization. */
    String partnerOf(UUID organization) {
        var user = users.create(NewUser.partner(unique("partner"), "Test partner", password(), organization));
        return tokens.issue(user.id(), "api tests", null).secret();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String password() {
        return "api-test-" + UUID.randomUUID();
    }
}
