package org.liaison.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The users of Liaison: create them, look them up, and turn them into {@link Viewer}s. Used by
 * other modules' demo data (a partner user bound to an organization) and by background jobs that
 * act as a given user. Callers are trusted code: the facade checks the password policy and the
 * account rules, not who is asking.
 */
public interface UserAccounts {

    /** The group of the investment committee; committee members are always in it. */
    String COMMITTEE_GROUP = "committee";

    /**
     * Creates a user. Refused as a {@link org.liaison.shared.RuleViolationException} (422) when the
     * username is taken (ignoring case), the password breaks the policy, a partner has no
     * organization, or a partner also holds a staff role.
     */
    UserAccount create(NewUser user);

    /** Creates the user unless one with that username exists; either way returns it. For demo data. */
    UserAccount createIfAbsent(NewUser user);

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> find(UUID id);

    /** The partner users bound to an organization. */
    List<UserAccount> partnersOf(UUID organization);

    /** Checks the current password and the policy, then sets the new one. */
    void changePassword(UUID userId, String currentPassword, String newPassword);

    /** Enables or disables sign-in and every API token of the user. */
    void setEnabled(UUID userId, boolean enabled);

    /**
     * Moves the partner users of one organization to another, e.g. after two organizations were
     * merged. Returns how many users moved.
     */
    int rebindPartners(UUID fromOrganization, UUID toOrganization);

    /** The viewer a user is, for running work on their behalf (see {@link ViewerContext}). */
    Viewer viewerOf(UUID userId);
}
