package org.liaison.documents.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import org.liaison.documents.DocumentId;
import org.liaison.documents.DocumentVersion;

/** One version's metadata; its content is the file named by {@link #sha256}. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "document_version")
@IdClass(StoredVersion.Key.class)
class StoredVersion {

    record Key(UUID documentId, int number) implements Serializable {
        Key() {
            this(new UUID(0, 0), 0);
        }
    }

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Id
    private int number;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredVersion() {
        this.documentId = new UUID(0, 0);
        this.owner = "";
        this.fileName = "";
        this.mediaType = "";
        this.sha256 = "";
        this.createdAt = Instant.EPOCH;
    }

    StoredVersion(UUID documentId, int number, String owner, String fileName, String mediaType, long size,
            String sha256, Instant createdAt) {
        this.documentId = documentId;
        this.number = number;
        this.owner = owner;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    String sha256() {
        return sha256;
    }

    DocumentVersion view() {
        return new DocumentVersion(new DocumentId(documentId), owner, number, fileName, mediaType, size, sha256,
                createdAt);
    }
}
