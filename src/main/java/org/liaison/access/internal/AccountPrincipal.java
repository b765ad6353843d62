package org.liaison.access.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user, by password (kept in the session) or by API token (per request). It knows its
 * {@link Viewer}, so {@code CurrentViewer} answers for both.
 */
public final class AccountPrincipal implements UserDetails, ViewerPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final EnumSet<Role> roles;
    private final @Nullable UUID organization;
    private final Set<String> groups;
    private final @Nullable String preferredLanguage;
    private final boolean secondFactorRequired;

    AccountPrincipal(UUID id, String username, String displayName, @Nullable String passwordHash, boolean enabled,
            EnumSet<Role> roles, @Nullable UUID organization, Set<String> groups, @Nullable String preferredLanguage) {
        this(id, username, displayName, passwordHash, enabled, roles, organization, groups, preferredLanguage,
                SecondFactors.requiredFor(roles));
    }

    private AccountPrincipal(UUID id, String username, String displayName, @Nullable String passwordHash,
            boolean enabled, EnumSet<Role> roles, @Nullable UUID organization, Set<String> groups,
            @Nullable String preferredLanguage, boolean secondFactorRequired) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        this.organization = organization;
        this.groups = Set.copyOf(groups);
        this.preferredLanguage = preferredLanguage;
        this.secondFactorRequired = secondFactorRequired;
    }

    /** The same user, who must (also) give a second factor after the password: they enrolled one. */
    AccountPrincipal withSecondFactorEnrolled() {
        return new AccountPrincipal(id, username, displayName, passwordHash, enabled, roles, organization, groups,
                preferredLanguage, true);
    }

    /**
     * Whether a password session of this user needs a second factor: the role requires one, or the
     * user had one enrolled when signing in.
     */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    /** Whether the role requires a second factor, enrolled or not. */
    public boolean secondFactorRequiredByRole() {
        return SecondFactors.requiredFor(roles);
    }

    @Override
    public Viewer viewer() {
        return new Viewer(id, username, Set.copyOf(roles), organization, groups);
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AccountPrincipal p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + " " + roles + "]";
    }
}
