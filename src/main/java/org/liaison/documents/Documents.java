package org.liaison.documents;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The document store other modules use. It checks size and type; who may read or write a
 * document is the owning module's rule (the store knows only the owner reference).
 *
 * <p>Uploads larger than {@code liaison.documents.max-size} throw {@link DocumentTooLargeException}
 * (413); content whose detected type is not in {@code liaison.documents.allowed-types} (by
 * default PDF, DOCX, ODT and plain text) throws a {@code RuleViolationException} with code
 * {@code document-type-not-allowed} (422), whatever the file name says.
 */
public interface Documents {

    /** Stores a new document; its first version is numbered 1. */
    DocumentVersion store(String owner, String fileName, InputStream content);

    DocumentVersion store(String owner, String fileName, byte[] content);

    /** Stores a new version of an existing document. */
    DocumentVersion storeVersion(DocumentId document, String fileName, InputStream content);

    DocumentVersion storeVersion(DocumentId document, String fileName, byte[] content);

    /** The latest version of a document. */
    Optional<DocumentVersion> latest(DocumentId document);

    /** Every version of a document, oldest first. */
    List<DocumentVersion> versions(DocumentId document);

    /** The latest version of each document of an owner, oldest document first. */
    List<DocumentVersion> ofOwner(String owner);

    /** Opens the content of one version; the caller closes the stream. */
    InputStream open(DocumentId document, int version);

    /** The media types accepted, as configured. */
    List<String> allowedTypes();

    /** The size limit in bytes. */
    long maxSize();
}
