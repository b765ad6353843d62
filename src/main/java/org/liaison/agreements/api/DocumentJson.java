package org.liaison.agreements.api;

import java.time.Instant;
import java.util.UUID;

import org.liaison.documents.DocumentVersion;

/** A document version of an agreement, as JSON. */
record DocumentJson(UUID documentId, int number, String fileName, String mediaType, long size, String sha256,
        Instant createdAt) {

    static DocumentJson of(DocumentVersion v) {
        return new DocumentJson(v.document().value(), v.number(), v.fileName(), v.mediaType(), v.size(), v.sha256(),
                v.createdAt());
    }
}
