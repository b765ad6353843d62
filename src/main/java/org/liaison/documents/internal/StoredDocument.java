package org.liaison.documents.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.jspecify.annotations.Nullable;

/** A document: its owner reference and how many versions it has. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "document")
class StoredDocument {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredDocument() {
        this.id = UUID.randomUUID();
        this.owner = "";
        this.createdAt = Instant.EPOCH;
    }

    StoredDocument(String owner, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.owner = owner;
        this.createdAt = createdAt;
    }

    int nextVersion() {
        return ++latestVersion;
    }

    UUID id() {
        return id;
    }

    String owner() {
        return owner;
    }

    int latestVersion() {
        return latestVersion;
    }
}
