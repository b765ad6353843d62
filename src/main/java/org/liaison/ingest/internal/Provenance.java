package org.liaison.ingest.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Where a record of another module came from: which document, which sentence, who accepted it, when. */
@Entity
@Table(name = "ingest_provenance")
public class Provenance {

    @Id
    private UUID id;

    @Column(name = "record_type", nullable = false, length = 32)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    @Column(name = "document_id", nullable = false)
    private UUID document;

    @Column(name = "fact_id", nullable = false)
    private UUID fact;

    @Column(name = "sentence_start", nullable = false)
    private int sentenceStart;

    @Column(name = "sentence_end", nullable = false)
    private int sentenceEnd;

    @Column(name = "accepted_by")
    private @Nullable UUID acceptedBy;

    @Column(name = "accepted_by_name", nullable = false, length = 200)
    private String acceptedByName;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected Provenance() {
        this.id = UUID.randomUUID();
        this.recordType = "";
        this.recordId = id;
        this.document = id;
        this.fact = id;
        this.acceptedByName = "";
        this.acceptedAt = Instant.EPOCH;
    }

    Provenance(String recordType, UUID recordId, ProposedFact fact, @Nullable UUID acceptedBy, String acceptedByName,
            Instant now) {
        this.id = UUID.randomUUID();
        this.recordType = recordType;
        this.recordId = recordId;
        this.document = fact.getDocument();
        this.fact = fact.getId();
        this.sentenceStart = fact.getSentenceStart();
        this.sentenceEnd = fact.getSentenceEnd();
        this.acceptedBy = acceptedBy;
        this.acceptedByName = acceptedByName;
        this.acceptedAt = now;
    }

    public String getRecordType() {
        return recordType;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public UUID getDocument() {
        return document;
    }

    public UUID getFact() {
        return fact;
    }

    public int getSentenceStart() {
        return sentenceStart;
    }

    public int getSentenceEnd() {
        return sentenceEnd;
    }

    public String getAcceptedByName() {
        return acceptedByName;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
