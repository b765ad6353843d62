package org.liaison.agreements.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.shared.ExportDataset;
import org.liaison.shared.ExportRows;
import org.springframework.stereotype.Component;

/**
 * The agreements for export, under the read rule in SQL like the list (a partner gets those its
 * organization is party to), with their parties as {@code organization:role} pairs. Unlike the
 * list, the export is not cut at 500.
 */
@Component
class AgreementExport implements ExportDataset {

    private final CurrentViewer viewer;

    @PersistenceContext
    private EntityManager entityManager;

    AgreementExport(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String module() {
        return "agreements";
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "kind", "title", "subject", "status", "languages", "parties", "signedOn", "effectiveOn",
                "expiresOn", "engagement", "predecessor", "successor", "sample", "visibility", "updatedAt");
    }

    @Override
    public boolean availableToCurrentViewer() {
        return !viewer.get().isAnonymous();
    }

    @Override
    public void rows(Consumer<List<@Nullable Object>> sink) {
        var scope = viewer.get().readScope();
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Agreement.class);
        var a = query.from(Agreement.class);
        query.where(AccessSpecifications.predicate(a.get("access"), cb, scope)).orderBy(cb.asc(a.get("id")));
        ExportRows.stream(entityManager, entityManager.createQuery(query), agreement -> {
            var term = agreement.term();
            return new ArrayList<>(Arrays.<@Nullable Object>asList(agreement.getId(), agreement.getKind(), agreement.getTitle(),
                    agreement.getSubject(), agreement.getStatus(), ExportRows.joined(agreement.getLanguages()),
                    ExportRows.joined(agreement.getParties().stream().map(p -> p.organization() + ":" + p.role()).toList()),
                    term.signedOn(), term.effectiveOn(), term.expiresOn(), agreement.getEngagement(), agreement.getPredecessor(),
                    agreement.getSuccessor(), agreement.isSample(), agreement.getAccess().visibility(), agreement.getUpdatedAt()));
        }, sink);
    }
}
