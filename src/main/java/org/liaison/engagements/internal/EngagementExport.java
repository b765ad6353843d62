package org.liaison.engagements.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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
 * The engagements for export, under the read rule in SQL like the list: a partner gets those its
 * organization took part in, and of the participating organizations only its own.
 */
@Component
class EngagementExport implements ExportDataset {

    private final CurrentViewer viewer;

    @PersistenceContext
    private EntityManager entityManager;

    EngagementExport(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String module() {
        return "engagements";
    }

    @Override
    public String name() {
        return "engagements";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "kind", "title", "startsAt", "timeZone", "place", "city", "country", "description", "outcomes",
                "parent", "organizations", "visibility", "createdAt", "updatedAt");
    }

    @Override
    public boolean availableToCurrentViewer() {
        return !viewer.get().isAnonymous();
    }

    @Override
    public void rows(Consumer<List<@Nullable Object>> sink) {
        var me = viewer.get();
        var scope = me.readScope();
        @Nullable UUID partner = me.isPartner() ? me.organization() : null;
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Engagement.class);
        var e = query.from(Engagement.class);
        query.where(AccessSpecifications.predicate(e.get("access"), cb, scope)).orderBy(cb.asc(e.get("startsAt")), cb.asc(e.get("id")));
        ExportRows.stream(entityManager, entityManager.createQuery(query), engagement -> {
            var organizations = engagement.getParticipants().stream().map(Participant::organization).filter(Objects::nonNull)
                    .filter(o -> me.isStaff() || o.equals(partner)).distinct().toList();
            return new ArrayList<>(Arrays.<@Nullable Object>asList(engagement.getId(), engagement.getKind(), engagement.getTitle(),
                    engagement.getStartsAt(), engagement.schedule().zone().getId(), engagement.getPlace(), engagement.getCity(),
                    engagement.getCountry(), engagement.getDescription(), engagement.getOutcomes(), engagement.getParent(),
                    ExportRows.joined(organizations), engagement.getAccess().visibility(), engagement.getCreatedAt(),
                    engagement.getUpdatedAt()));
        }, sink);
    }
}
