package org.liaison.news.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A user follows a topic (by slug), an organization (by id) or a country (ISO code). */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "news_subscription")
public class Subscription {

    /** What is followed. Labels: {@code news.follow.kind.<NAME>}. */
    public enum Kind { TOPIC, ORGANIZATION, COUNTRY }

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Subscription() {
        this.id = UUID.randomUUID();
        this.user = id;
        this.kind = Kind.TOPIC;
        this.target = "";
        this.createdAt = Instant.EPOCH;
    }

    public Subscription(UUID user, Kind kind, String target, Instant now) {
        this.id = UUID.randomUUID();
        this.user = user;
        this.kind = kind;
        this.target = target;
        this.createdAt = now;
    }

    public UUID getId() { return id; }
    public UUID getUser() { return user; }
    public Kind getKind() { return kind; }
    public String getTarget() { return target; }
    public Instant getCreatedAt() { return createdAt; }
}
