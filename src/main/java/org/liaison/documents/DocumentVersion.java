package org.liaison.documents;

import java.time.Instant;

/**
 * One stored version of a document.
 *
 * @param document  the document it belongs to
 * @param owner     the owning record, as its module names it ({@code "agreement:42"})
 * @param number    1 for the first upload, then 2, 3...
 * @param fileName  the name the file was uploaded with (shown and offered on download only)
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 * @param size      bytes
 * @param sha256    hex digest of the content (also its storage address)
 * @param createdAt when this version was stored
 */
public record DocumentVersion(DocumentId document, String owner, int number, String fileName, String mediaType,
        long size, String sha256, Instant createdAt) {
}
