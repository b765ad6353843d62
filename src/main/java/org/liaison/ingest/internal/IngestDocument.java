package org.liaison.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** A document taken in once: its text as extracted, where it came from, and its content hash. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "ingest_document")
public class IngestDocument {

    public enum Source {
        TEXT, HTML, URL, FILE, FEED
    }

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 16)
    private Source source;

    @Column(name = "source_url", length = 2000)
    private @Nullable String sourceUrl;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @NotAudited // bookkeeping, not content
    @Column(name = "body", nullable = false, length = 1048576)
    private String text;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IngestDocument() {
        this.id = UUID.randomUUID();
        this.title = "";
        this.source = Source.TEXT;
        this.contentHash = "";
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    IngestDocument(String title, Source source, @Nullable String sourceUrl, String contentHash, String text,
            @Nullable LocalDate publishedOn, @Nullable UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.title = title.length() > 500 ? title.substring(0, 500) : title;
        this.source = source;
        this.sourceUrl = sourceUrl;
        this.contentHash = contentHash;
        this.text = text;
        this.publishedOn = publishedOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Source getSource() {
        return source;
    }

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getText() {
        return text;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
