package org.liaison.ingest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provenance for pages: which reviewed sentences a record came from. Staff only. */
@Service
@Transactional(readOnly = true)
public class ProvenanceQueries {

    /** One row: the kind of record touched, the document and its sentence, who accepted it and when. */
    public record Row(String recordType, UUID document, String documentTitle, String sentence, String acceptedBy,
            Instant acceptedAt) {
    }

    private final Provenances provenances;
    private final Documents documents;
    private final CurrentViewer viewer;

    ProvenanceQueries(Provenances provenances, Documents documents, CurrentViewer viewer) {
        this.provenances = provenances;
        this.documents = documents;
        this.viewer = viewer;
    }

    /** Everything accepted about an organization: its own record, its relationship, affiliations, engagements. */
    public List<Row> ofOrganization(UUID organization) {
        if (!viewer.get().isStaff()) {
            return List.of();
        }
        var found = provenances.findByRecordIdOrderByAcceptedAt(organization);
        var docs = new HashMap<UUID, IngestDocument>();
        documents.findAllByIdIn(found.stream().map(Provenance::getDocument).distinct().toList())
                .forEach(d -> docs.put(d.getId(), d));
        var rows = new ArrayList<Row>();
        for (var p : found) {
            var d = docs.get(p.getDocument());
            if (d == null) {
                continue;
            }
            var text = d.getText();
            var sentence = p.getSentenceEnd() <= text.length() ? text.substring(p.getSentenceStart(), p.getSentenceEnd()) : "";
            rows.add(new Row(p.getRecordType(), d.getId(), d.getTitle(), sentence, p.getAcceptedByName(), p.getAcceptedAt()));
        }
        return rows;
    }
}
