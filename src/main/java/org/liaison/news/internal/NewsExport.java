package org.liaison.news.internal;

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
 * The news items for export: the hub's staff get every item (drafts, scheduled, withdrawn),
 * everyone else the published ones, as the list shows them. The body is the cleaned HTML.
 */
@Component
class NewsExport implements ExportDataset {

    private final CurrentViewer viewer;

    @PersistenceContext
    private EntityManager entityManager;

    NewsExport(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String module() {
        return "news";
    }

    @Override
    public String name() {
        return "items";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "slug", "title", "summary", "body", "lang", "status", "publishedAt", "scheduledAt", "sourceName",
                "sourceUrl", "organizations", "sample", "createdAt", "updatedAt");
    }

    @Override
    public boolean availableToCurrentViewer() {
        return !viewer.get().isAnonymous();
    }

    @Override
    public void rows(Consumer<List<@Nullable Object>> sink) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(NewsItem.class);
        var n = query.from(NewsItem.class);
        if (!viewer.get().isStaff()) {
            query.where(cb.equal(n.get("status"), NewsStatus.PUBLISHED));
        }
        query.orderBy(cb.asc(n.get("createdAt")), cb.asc(n.get("id")));
        ExportRows.stream(entityManager, entityManager.createQuery(query),
                item -> new ArrayList<>(Arrays.<@Nullable Object>asList(item.getId(), item.getSlug(), item.getTitle(), item.getSummary(),
                        item.getBody(), item.getLang(), item.getStatus(), item.getPublishedAt(), item.getScheduledAt(),
                        item.getSourceName(), item.getSourceUrl(),
                        ExportRows.joined(item.getOrganizations().stream().map(LinkedOrganization::organization).toList()),
                        item.isSample(), item.getCreatedAt(), item.getUpdatedAt())),
                sink);
    }
}
