package org.liaison.ingest.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/**
 * A fact the extractor proposed from one sentence of a document, waiting for a person: accepted
 * (possibly edited first) and applied to the other modules, or rejected. A decision is final.
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "ingest_fact")
public class ProposedFact {

    public enum Category {
        ORGANIZATION, PERSON, EVENT, AGREEMENT, FUND, INTENT
    }

    public enum Status {
        PROPOSED, ACCEPTED, REJECTED
    }

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "document_id", nullable = false)
    private UUID document;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Category category;

    @Column(nullable = false, length = 1000)
    private String label;

    /** The fact as JSON, in the shape of the extraction contract. */
    @Column(nullable = false, length = 16000)
    private String payload;

    @Column(name = "sentence_start", nullable = false)
    private int sentenceStart;

    @Column(name = "sentence_end", nullable = false)
    private int sentenceEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PROPOSED;

    /** The directory record the organization or person was matched to; null proposes a new record. */
    @Column(name = "link_id")
    private @Nullable UUID link;

    @Column(name = "link_confidence", precision = 4, scale = 3)
    private @Nullable BigDecimal linkConfidence;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decided_by_name", length = 200)
    private @Nullable String decidedByName;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    /** What applying it created or updated, e.g. "organization 3f2…, relationship with Hitachi". */
    @Column(length = 1000)
    private @Nullable String applied;

    protected ProposedFact() {
        this.id = UUID.randomUUID();
        this.document = id;
        this.category = Category.ORGANIZATION;
        this.label = "";
        this.payload = "{}";
    }

    ProposedFact(UUID document, int position, Category category, String label, String payload, int sentenceStart,
            int sentenceEnd, @Nullable UUID link, @Nullable Double confidence) {
        this.id = UUID.randomUUID();
        this.document = document;
        this.position = position;
        this.category = category;
        this.label = label.length() > 1000 ? label.substring(0, 1000) : label;
        this.payload = payload;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.link = link;
        this.linkConfidence = confidence == null ? null : BigDecimal.valueOf(confidence).setScale(3, java.math.RoundingMode.HALF_UP);
    }

    void edit(String label, String payload, @Nullable UUID link) {
        requireOpen();
        this.label = label.length() > 1000 ? label.substring(0, 1000) : label;
        this.payload = payload;
        this.link = link;
    }

    void accept(@Nullable UUID by, String byName, Instant now, String applied) {
        requireOpen();
        this.status = Status.ACCEPTED;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = now;
        this.applied = applied.length() > 1000 ? applied.substring(0, 1000) : applied;
    }

    void reject(@Nullable UUID by, String byName, Instant now) {
        requireOpen();
        this.status = Status.REJECTED;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = now;
    }

    private void requireOpen() {
        if (status != Status.PROPOSED) {
            throw new RuleViolationException("ingest-fact-decided", "This fact was already " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getDocument() {
        return document;
    }

    public int getPosition() {
        return position;
    }

    public Category getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }

    public String getPayload() {
        return payload;
    }

    public int getSentenceStart() {
        return sentenceStart;
    }

    public int getSentenceEnd() {
        return sentenceEnd;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable UUID getLink() {
        return link;
    }

    public @Nullable BigDecimal getLinkConfidence() {
        return linkConfidence;
    }

    public @Nullable String getDecidedByName() {
        return decidedByName;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getApplied() {
        return applied;
    }
}
