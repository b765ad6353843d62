package org.liaison.news.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** Where a user wants the daily digest, and since when (older entries are not sent). */
@Entity
@Table(name = "news_digest_address")
public class DigestAddress {

    @Id
    @Column(name = "user_id")
    private UUID user;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false)
    private Instant since;

    protected DigestAddress() {
        this.user = UUID.randomUUID();
        this.email = "";
        this.since = Instant.EPOCH;
    }

    public DigestAddress(UUID user, String email, Instant since) {
        this.user = user;
        this.email = email;
        this.since = since;
    }

    public void change(String email) {
        this.email = email;
    }

    public UUID getUser() { return user; }
    public String getEmail() { return email; }
    public Instant getSince() { return since; }
}
