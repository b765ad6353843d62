package org.liaison.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.ingest.extraction.Extraction;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue: takes a document in once (by the hash of its text), stores the facts the
 * extractor proposes, and records each decision. Accepting applies the fact to the other modules
 * through {@link FactApplier} in the same transaction, so a fact is accepted exactly when its
 * records exist. Only administrators and cooperation managers use it.
 */
@Service
@Transactional
public class IngestService {

    /** A document with its facts; {@code created} is false when the same text was ingested before. */
    public record DocumentView(UUID id, String title, IngestDocument.Source source, @Nullable String sourceUrl,
            @Nullable LocalDate publishedOn, Instant createdAt, String text, boolean created, List<FactView> facts) {
    }

    public record FactView(UUID id, long version, ProposedFact.Category category, String label, String payload,
            int sentenceStart, int sentenceEnd, String sentence, ProposedFact.Status status, @Nullable UUID link,
            @Nullable Double linkConfidence, @Nullable String decidedBy, @Nullable Instant decidedAt,
            @Nullable String applied, @Nullable UUID record) {
    }

    public record DocumentSummary(UUID id, String title, IngestDocument.Source source, @Nullable String sourceUrl,
            @Nullable LocalDate publishedOn, Instant createdAt) {
    }

    private final Documents documents;
    private final Facts facts;
    private final ExtractionService extraction;
    private final FactApplier applier;
    private final CurrentViewer viewer;
    private final JsonMapper json;
    private final Clock clock;

    IngestService(Documents documents, Facts facts, ExtractionService extraction, FactApplier applier,
            CurrentViewer viewer, JsonMapper json, Clock clock) {
        this.documents = documents;
        this.facts = facts;
        this.extraction = extraction;
        this.applier = applier;
        this.viewer = viewer;
        this.json = json;
        this.clock = clock;
    }

    /** Takes in an article's text (title on the first line); the same text a second time creates nothing. */
    public DocumentView ingest(String text, @Nullable LocalDate publishedOn, @Nullable String url,
            IngestDocument.Source source) {
        requireManager();
        var normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.isEmpty()) {
            throw new RuleViolationException("ingest-empty", "The document has no text");
        }
        var hash = sha256(normalized);
        var existing = documents.findByContentHash(hash);
        if (existing.isPresent()) {
            return view(existing.get(), false);
        }
        var found = extraction.extract(normalized, publishedOn, false);
        var title = normalized.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        var doc = documents.save(new IngestDocument(title, source, url, hash, normalized, publishedOn,
                viewer.get().userId(), clock.instant()));
        int position = 0;
        for (var o : found.organizations()) {
            var details = (o.kind() + (o.country() == null ? "" : ", " + o.country()));
            facts.save(new ProposedFact(doc.getId(), position++, ProposedFact.Category.ORGANIZATION,
                    o.name() + " — " + details, write(o), first(o.sentences()).start(), first(o.sentences()).end(),
                    uuid(o.directoryId()), o.directoryId() == null ? null : o.confidence()));
        }
        for (var p : found.people()) {
            var details = p.role() == null ? "" : " — " + p.role() + (p.organization() == null ? "" : ", " + p.organization());
            facts.save(new ProposedFact(doc.getId(), position++, ProposedFact.Category.PERSON, p.name() + details,
                    write(p), first(p.sentences()).start(), first(p.sentences()).end(), uuid(p.directoryId()),
                    p.directoryId() == null ? null : p.confidence()));
        }
        for (var e : found.events()) {
            var label = e.kind() + ": " + (e.name() != null ? e.name() : e.place() != null ? e.place() : "")
                    + (e.date() == null ? "" : " (" + e.date() + ")");
            facts.save(new ProposedFact(doc.getId(), position++, ProposedFact.Category.EVENT, label, write(e),
                    e.sentence().start(), e.sentence().end(), null, null));
        }
        for (var a : found.agreements()) {
            var label = a.kind() + ", " + a.status() + ": " + String.join(" + ", a.parties())
                    + (a.date() == null ? "" : " (" + a.date() + ")");
            facts.save(new ProposedFact(doc.getId(), position++, ProposedFact.Category.AGREEMENT, label, write(a),
                    a.sentence().start(), a.sentence().end(), null, null));
        }
        for (var f : found.funds()) {
            var label = f.name() + ", " + f.status() + (f.sponsors().isEmpty() ? "" : ": " + String.join(", ", f.sponsors()));
            facts.save(new ProposedFact(doc.getId(), position++, ProposedFact.Category.FUND, label, write(f),
                    f.sentence().start(), f.sentence().end(), null, null));
        }
        for (var i : found.intents()) {
            var label = String.join(", ", i.actors()) + " — " + i.kind()
                    + (i.targets().isEmpty() ? "" : ": " + String.join(", ", i.targets()));
            facts.save(new ProposedFact(doc.getId(), position++, ProposedFact.Category.INTENT, label, write(i),
                    i.sentence().start(), i.sentence().end(), null, null));
        }
        return view(doc, true);
    }

    @Transactional(readOnly = true)
    public DocumentView document(UUID id) {
        requireManager();
        return view(documents.findById(id).orElseThrow(() -> new NotFoundException("document", id)), false);
    }

    /** One proposed fact with the document it came from (its id and title). */
    public record FactPage(FactView fact, UUID document, String documentTitle) {}

    @Transactional(readOnly = true)
    public FactPage factPage(UUID factId) {
        requireManager();
        var fact = fact(factId);
        var doc = documents.findById(fact.getDocument()).orElseThrow(() -> new NotFoundException("document", fact.getDocument()));
        return new FactPage(view(fact, doc), doc.getId(), doc.getTitle());
    }

    @Transactional(readOnly = true)
    public Page<DocumentSummary> documents(int page, int size) {
        requireManager();
        return documents.findAllByOrderByCreatedAtDesc(PageRequest.of(page, size))
                .map(d -> new DocumentSummary(d.getId(), d.getTitle(), d.getSource(), d.getSourceUrl(),
                        d.getPublishedOn(), d.getCreatedAt()));
    }

    /**
     * Accepts a fact, with the reviewer's edits when given (the fact's JSON in the contract's shape,
     * and the directory record it stands for, or null for a new one), and applies it.
     */
    public FactView accept(UUID factId, @Nullable Long expectedVersion, @Nullable String editedPayload,
            @Nullable UUID link, boolean keepLink) {
        requireManager();
        var fact = fact(factId);
        if (expectedVersion != null) {
            Versions.check("fact", factId, expectedVersion, fact.getVersion());
        }
        if (editedPayload != null || !keepLink) {
            var payload = editedPayload == null ? fact.getPayload() : validated(fact.getCategory(), editedPayload);
            fact.edit(fact.getLabel(), payload, keepLink ? fact.getLink() : link);
        }
        var doc = documents.findById(fact.getDocument()).orElseThrow();
        var by = viewer.get();
        var now = clock.instant();
        var applied = applier.apply(fact, doc, by, now);
        fact.accept(by.userId(), name(by), now, applied);
        facts.saveAndFlush(fact);
        extraction.directoryChanged();
        return view(fact, doc);
    }

    public FactView reject(UUID factId, @Nullable Long expectedVersion) {
        requireManager();
        var fact = fact(factId);
        if (expectedVersion != null) {
            Versions.check("fact", factId, expectedVersion, fact.getVersion());
        }
        var by = viewer.get();
        fact.reject(by.userId(), name(by), clock.instant());
        facts.saveAndFlush(fact);
        return view(fact, documents.findById(fact.getDocument()).orElseThrow());
    }

    /** Accepts every fact still proposed, in order: organizations, people, events, agreements, funds, intents. */
    public DocumentView acceptAll(UUID documentId) {
        requireManager();
        var doc = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        for (var f : facts.findByDocumentOrderByPosition(documentId)) {
            if (f.getStatus() == ProposedFact.Status.PROPOSED) {
                accept(f.getId(), null, null, null, true);
            }
        }
        return view(doc, false);
    }

    private ProposedFact fact(UUID id) {
        return facts.findById(id).orElseThrow(() -> new NotFoundException("fact", id));
    }

    private String validated(ProposedFact.Category category, String payload) {
        Class<?> type = switch (category) {
            case ORGANIZATION -> Extraction.Organization.class;
            case PERSON -> Extraction.Person.class;
            case EVENT -> Extraction.Event.class;
            case AGREEMENT -> Extraction.Agreement.class;
            case FUND -> Extraction.Fund.class;
            case INTENT -> Extraction.Intent.class;
        };
        try {
            return json.writeValueAsString(json.readValue(payload, type));
        } catch (RuntimeException e) {
            throw new RuleViolationException("ingest-fact-invalid", "The edited fact is not valid JSON of its kind");
        }
    }

    DocumentView view(IngestDocument doc, boolean created) {
        var list = new ArrayList<FactView>();
        for (var f : facts.findByDocumentOrderByPosition(doc.getId())) {
            list.add(view(f, doc));
        }
        return new DocumentView(doc.getId(), doc.getTitle(), doc.getSource(), doc.getSourceUrl(), doc.getPublishedOn(),
                doc.getCreatedAt(), doc.getText(), created, list);
    }

    static FactView view(ProposedFact f, IngestDocument doc) {
        var text = doc.getText();
        var sentence = f.getSentenceEnd() <= text.length() ? text.substring(f.getSentenceStart(), f.getSentenceEnd()) : "";
        return new FactView(f.getId(), f.getVersion(), f.getCategory(), f.getLabel(), f.getPayload(),
                f.getSentenceStart(), f.getSentenceEnd(), sentence, f.getStatus(), f.getLink(),
                f.getLinkConfidence() == null ? null : f.getLinkConfidence().doubleValue(), f.getDecidedByName(),
                f.getDecidedAt(), f.getApplied(), record(f));
    }

    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("\\[([0-9a-f-]{36})\\]$");

    /** The directory record an accepted organization or person fact created or linked to. */
    private static @Nullable UUID record(ProposedFact f) {
        if (f.getApplied() == null) {
            return null;
        }
        var m = RECORD.matcher(f.getApplied());
        return m.find() ? UUID.fromString(m.group(1)) : null;
    }

    private String write(Object fact) {
        return json.writeValueAsString(fact);
    }

    private static org.liaison.ingest.extraction.Span first(List<org.liaison.ingest.extraction.Span> spans) {
        return spans.isEmpty() ? new org.liaison.ingest.extraction.Span(0, 0) : spans.getFirst();
    }

    private static @Nullable UUID uuid(@Nullable String id) {
        return id == null ? null : UUID.fromString(id);
    }

    static String name(Viewer v) {
        return v.username();
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void requireManager() {
        var v = viewer.get();
        if (!(v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER))) {
            throw new AccessDeniedException("Only administrators and cooperation managers review ingested documents");
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
