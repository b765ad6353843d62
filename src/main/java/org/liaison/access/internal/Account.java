package org.liaison.access.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.liaison.access.Role;
import org.liaison.access.UserAccount;

/** A user who signs in with a password or an API token. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "user_account")
public class Account {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "username_key", nullable = false, length = 100)
    private String usernameKey;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "organization_id")
    private @Nullable UUID organization;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "preferred_language", length = 35)
    private @Nullable String preferredLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_group", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "group_name", nullable = false, length = 64)
    private Set<String> groups = new LinkedHashSet<>();

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Account() {
        // for JPA
        this.id = UUID.randomUUID();
        this.username = "";
        this.usernameKey = "";
        this.displayName = "";
        this.passwordHash = "";
        this.passwordChangedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Account(String username, String usernameKey, String displayName, String passwordHash, Set<Role> roles,
            @Nullable UUID organization, Set<String> groups, @Nullable String preferredLanguage, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.usernameKey = usernameKey;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
        this.organization = organization;
        this.groups = new LinkedHashSet<>(groups);
        this.preferredLanguage = preferredLanguage;
        this.enabled = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changePasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    /** The same password under a stronger hash, written at sign-in. */
    void rehash(String hash) {
        this.passwordHash = hash;
    }

    void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void bindTo(UUID organization, Instant now) {
        this.organization = organization;
        this.updatedAt = now;
    }

    public UserAccount toView() {
        return new UserAccount(id, version, username, displayName, Set.copyOf(roles), organization,
                Set.copyOf(groups), enabled, preferredLanguage, createdAt);
    }

    AccountPrincipal toPrincipal() {
        return new AccountPrincipal(id, username, displayName, passwordHash, enabled,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), organization, Set.copyOf(groups),
                preferredLanguage);
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public @Nullable UUID getOrganization() {
        return organization;
    }
}
