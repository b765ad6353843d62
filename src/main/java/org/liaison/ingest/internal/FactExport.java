package org.liaison.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.shared.ExportDataset;
import org.liaison.shared.ExportRows;
import org.springframework.stereotype.Component;

/**
 * The facts ingestion proposed, with their status and where they were applied: for those who
 * review ingested documents (administrators and cooperation managers), like the review queue.
 */
@Component
class FactExport implements ExportDataset {

    private final CurrentViewer viewer;

    @PersistenceContext
    private EntityManager entityManager;

    FactExport(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String module() {
        return "ingest";
    }

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "document", "position", "category", "label", "payload", "sentenceStart", "sentenceEnd", "status",
                "link", "linkConfidence", "decidedBy", "decidedAt", "applied");
    }

    @Override
    public boolean availableToCurrentViewer() {
        var roles = viewer.get().roles();
        return roles.contains(Role.ADMINISTRATOR) || roles.contains(Role.COOPERATION_MANAGER);
    }

    @Override
    public void rows(Consumer<List<@Nullable Object>> sink) {
        if (!availableToCurrentViewer()) {
            return;
        }
        var query = entityManager.createQuery("select f from ProposedFact f order by f.document, f.position, f.id", ProposedFact.class);
        ExportRows.stream(entityManager, query,
                f -> new ArrayList<>(Arrays.<@Nullable Object>asList(f.getId(), f.getDocument(), f.getPosition(), f.getCategory(),
                        f.getLabel(), f.getPayload(), f.getSentenceStart(), f.getSentenceEnd(), f.getStatus(), f.getLink(),
                        f.getLinkConfidence(), f.getDecidedByName(), f.getDecidedAt(), f.getApplied())),
                sink);
    }
}
