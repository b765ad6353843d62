package org.liaison.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A personal API token: only its SHA-256 hash is kept, the token itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How stale {@code last_used_at} may get before a use writes it again, to spare a write per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private UUID account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        // for JPA
        this.id = UUID.randomUUID();
        this.account = new UUID(0, 0);
        this.name = "";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
    }

    ApiToken(UUID account, String name, String tokenHash, @Nullable Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID();
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Whether a use now should be written down ({@code last_used_at} unset or older than the precision).
     * The write itself is {@link ApiTokens#recordUse}: a versioned save here made concurrent requests
     * with one token fail with an optimistic-locking conflict (500) whenever the minute had passed.
     */
    boolean useWorthRecording(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now);
    }

    TokenView toView(Instant now) {
        return new TokenView(id, name, createdAt, lastUsedAt, expiresAt, revokedAt, isActive(now));
    }

    public UUID getId() {
        return id;
    }

    public UUID getAccount() {
        return account;
    }
}
