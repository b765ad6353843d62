package org.liaison.engagements.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A user's calendar feed: only the SHA-256 of its secret URL token is kept, like API tokens. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private UUID user;

    @Version
    private @Nullable Long version;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        this.user = UUID.randomUUID();
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
    }

    CalendarFeed(UUID user, String tokenHash, Instant now) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    void reset(String newHash, Instant now) {
        this.tokenHash = newHash;
        this.createdAt = now;
    }

    UUID getUser() { return user; }
    String getTokenHash() { return tokenHash; }
    Instant getCreatedAt() { return createdAt; }
}
