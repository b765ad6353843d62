package org.liaison.news.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That an entry of "what is new" went to a user in a digest: each entry goes in one digest only. */
@Entity
@Table(name = "news_digest_sent")
public class DigestSent {

    @Embeddable
    public record Key(@Column(name = "user_id") UUID user, @Column(name = "update_id") UUID update) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected DigestSent() {
        this.key = new Key(UUID.randomUUID(), UUID.randomUUID());
        this.sentAt = Instant.EPOCH;
    }

    public DigestSent(UUID user, UUID update, Instant sentAt) {
        this.key = new Key(user, update);
        this.sentAt = sentAt;
    }

    public Key getKey() { return key; }
}
