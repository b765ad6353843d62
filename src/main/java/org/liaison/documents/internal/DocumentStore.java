package org.liaison.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaison.documents.DocumentId;
import org.liaison.documents.DocumentVersion;
import org.liaison.documents.Documents;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.UploadContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The document store: size limit, type from content, files by SHA-256, metadata rows. */
@Service
@Transactional
class DocumentStore implements Documents {

    private final StoredDocuments documents;
    private final StoredVersions versions;
    private final DocumentSettings settings;
    private final DocumentFiles files;
    private final ContentTypes types = new ContentTypes();
    private final Clock clock;

    DocumentStore(StoredDocuments documents, StoredVersions versions, DocumentSettings settings,
            LiaisonSettings liaison, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.settings = settings;
        this.files = new DocumentFiles(liaison.dataDir().resolve("documents"));
        this.clock = clock;
    }

    @Override
    public DocumentVersion store(String owner, String fileName, InputStream content) {
        if (owner.isBlank()) {
            throw new RuleViolationException("document-owner-missing", "A document needs an owner.");
        }
        var pending = accept(content, fileName);
        var document = documents.save(new StoredDocument(owner, now()));
        return add(document, fileName, pending);
    }

    @Override
    public DocumentVersion store(String owner, String fileName, byte[] content) {
        return store(owner, fileName, new ByteArrayInputStream(content));
    }

    @Override
    public DocumentVersion storeVersion(DocumentId id, String fileName, byte[] content) {
        return storeVersion(id, fileName, new ByteArrayInputStream(content));
    }

    @Override
    public DocumentVersion storeVersion(DocumentId id, String fileName, InputStream content) {
        var document = documents.findById(id.value()).orElseThrow(() -> new NotFoundException("document", id));
        var pending = accept(content, fileName);
        return add(document, fileName, pending);
    }

    private Accepted accept(InputStream content, String fileName) {
        var pending = files.receive(content, settings.maxBytes());
        String type = pending.size() == 0 ? "application/x-empty" : types.detect(pending.file());
        if (settings.types().contains(type)) {
            try {
                // the rule every upload shares: no program, no zip bomb, a name that says what the content is
                UploadContent.require(pending.file(), fileName, List.of(type));
            } catch (RuleViolationException e) {
                files.discard(pending);
                throw e;
            }
        } else {
            files.discard(pending);
            throw new RuleViolationException("document-type-not-allowed",
                    "Documents of type " + type + " are not accepted; accepted are " + String.join(", ", settings.types())
                            + " (the type is read from the content, not the file name).",
                    Map.of("detectedType", type, "allowedTypes", settings.types()));
        }
        return new Accepted(pending, type);
    }

    private record Accepted(DocumentFiles.Pending file, String type) {}

    private DocumentVersion add(StoredDocument document, String fileName, Accepted accepted) {
        var pending = accepted.file();
        files.keep(pending);
        int number = document.nextVersion();
        var version = versions.save(new StoredVersion(document.id(), number, document.owner(), cleanName(fileName),
                accepted.type(), pending.size(), pending.sha256(), now()));
        return version.view();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentVersion> latest(DocumentId id) {
        return documents.findById(id.value())
                .flatMap(d -> versions.findByDocumentIdAndNumber(d.id(), d.latestVersion()))
                .map(StoredVersion::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(DocumentId id) {
        return versions.findByDocumentIdOrderByNumberAsc(id.value()).stream().map(StoredVersion::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentVersion> ofOwner(String owner) {
        return documents.findByOwnerOrderByCreatedAtAscIdAsc(owner).stream()
                .flatMap(d -> versions.findByDocumentIdAndNumber(d.id(), d.latestVersion()).stream())
                .map(StoredVersion::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream open(DocumentId id, int version) {
        var stored = versions.findByDocumentIdAndNumber(id.value(), version)
                .orElseThrow(() -> new NotFoundException("document", id + "/" + version));
        return files.open(stored.sha256());
    }

    @Override
    public List<String> allowedTypes() {
        return settings.types();
    }

    @Override
    public long maxSize() {
        return settings.maxBytes();
    }

    /** Microseconds, as both databases store them, so a returned version equals one read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Keeps the last path segment, printable characters only, at most 255 of them. */
    static String cleanName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
