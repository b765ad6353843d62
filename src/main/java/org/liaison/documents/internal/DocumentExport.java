package org.liaison.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.shared.ExportDataset;
import org.liaison.shared.ExportRows;
import org.springframework.stereotype.Component;

/**
 * The documents' metadata (every version: owner, file name, type, size, SHA-256), not their
 * content. The store knows only each document's owner reference, not the owning module's read
 * rule, so this dataset is for administrators, who may read every owner's documents.
 */
@Component
class DocumentExport implements ExportDataset {

    private final CurrentViewer viewer;

    @PersistenceContext
    private EntityManager entityManager;

    DocumentExport(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String module() {
        return "documents";
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public List<String> columns() {
        return List.of("document", "version", "owner", "fileName", "mediaType", "size", "sha256", "createdAt");
    }

    @Override
    public boolean availableToCurrentViewer() {
        return viewer.get().isAdministrator();
    }

    @Override
    public void rows(Consumer<List<@Nullable Object>> sink) {
        if (!availableToCurrentViewer()) {
            return;
        }
        var query = entityManager.createQuery("select v from StoredVersion v order by v.documentId, v.number", StoredVersion.class);
        ExportRows.stream(entityManager, query, v -> {
            var d = v.view();
            return new ArrayList<>(Arrays.<@Nullable Object>asList(d.document().value(), d.number(), d.owner(), d.fileName(),
                    d.mediaType(), d.size(), d.sha256(), d.createdAt()));
        }, sink);
    }
}
