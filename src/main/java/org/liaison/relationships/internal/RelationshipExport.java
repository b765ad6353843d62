package org.liaison.relationships.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.shared.ExportDataset;
import org.liaison.shared.ExportRows;
import org.springframework.stereotype.Component;

/**
 * The relationships for export: the hub's staff only (like the board and the table), through the
 * table's own query under the read rule, page by page, by name.
 */
@Component
class RelationshipExport implements ExportDataset {

    private final RelationshipCards cards;
    private final CurrentViewer viewer;

    RelationshipExport(RelationshipCards cards, CurrentViewer viewer) {
        this.cards = cards;
        this.viewer = viewer;
    }

    @Override
    public String module() {
        return "relationships";
    }

    @Override
    public String name() {
        return "relationships";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "organization", "organizationName", "kind", "country", "stage", "owner", "nextStep",
                "nextStepDue", "lastContact", "createdAt", "updatedAt");
    }

    @Override
    public boolean availableToCurrentViewer() {
        return viewer.get().isStaff();
    }

    @Override
    public void rows(Consumer<List<@Nullable Object>> sink) {
        var scope = viewer.get().readScope();
        ExportRows.paged(n -> {
            var page = cards.page(RelationshipFilter.ANY, RelationshipCards.Sort.NAME, false, n, ExportRows.CHUNK, scope,
                    Locale.ENGLISH);
            return new ExportRows.Chunk<>(page.items(), (long) (n + 1) * ExportRows.CHUNK >= page.total());
        }, r -> new ArrayList<>(Arrays.<@Nullable Object>asList(r.id(), r.organization().value(), r.organizationName(), r.kind(),
                r.country(), r.stage(), r.owner(), r.nextStep(), r.nextStepDue(), r.lastContact(), r.createdAt(), r.updatedAt())),
                sink);
    }
}
