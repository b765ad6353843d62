package org.liaison.engagements.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.liaison.access.CurrentViewer;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.engagements.EngagementSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link EngagementQueries} over the engagements' own table, with the same read rule as {@link EngagementService}. */
@Service
@Transactional(readOnly = true)
class EngagementQueryService implements EngagementQueries {

    private final Engagements engagements;
    private final CurrentViewer viewer;

    EngagementQueryService(Engagements engagements, CurrentViewer viewer) {
        this.engagements = engagements;
        this.viewer = viewer;
    }

    @Override
    public Optional<EngagementId> engagementTitled(String title) {
        return engagements.findFirstByTitle(title)
                .filter(e -> viewer.get().readScope().permits(e.getAccess()))
                .map(Engagement::id);
    }

    @Override
    public Map<EngagementId, EngagementSummary> summaries(Collection<EngagementId> ids) {
        var scope = viewer.get().readScope();
        var found = new LinkedHashMap<EngagementId, EngagementSummary>();
        engagements.findAllById(ids.stream().map(EngagementId::value).toList()).stream()
                .filter(e -> scope.permits(e.getAccess()))
                .forEach(e -> found.put(e.id(), new EngagementSummary(e.id(), e.getKind(), e.getTitle(),
                        e.schedule().date(), e.getCountry(),
                        e.organizations().stream().map(OrganizationId::new).toList())));
        return found;
    }
}
