package org.liaison.ingest.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** An Atom or RSS feed polled on a schedule, with the validators of its last answer for conditional GETs. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "ingest_feed")
public class Feed {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, length = 2000)
    private String url;

    @NotAudited // bookkeeping, not content
    @Column(length = 500)
    private @Nullable String etag;

    @NotAudited // bookkeeping, not content
    @Column(name = "last_modified", length = 100)
    private @Nullable String lastModified;

    @NotAudited // bookkeeping, not content
    @Column(name = "last_polled_at")
    private @Nullable Instant lastPolledAt;

    @NotAudited // bookkeeping, not content
    @Column(name = "last_status")
    private @Nullable Integer lastStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Feed() {
        this.id = UUID.randomUUID();
        this.url = "";
        this.createdAt = Instant.EPOCH;
    }

    Feed(String url, Instant now) {
        this.id = UUID.randomUUID();
        this.url = url;
        this.createdAt = now;
    }

    void polled(int status, @Nullable String etag, @Nullable String lastModified, Instant now) {
        this.lastStatus = status;
        this.lastPolledAt = now;
        if (status == 200) {
            this.etag = etag;
            this.lastModified = lastModified;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public @Nullable String getEtag() {
        return etag;
    }

    public @Nullable String getLastModified() {
        return lastModified;
    }

    public @Nullable Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public @Nullable Integer getLastStatus() {
        return lastStatus;
    }
}
