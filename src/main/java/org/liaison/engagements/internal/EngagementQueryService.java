package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.engagements.EngagementSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link EngagementQueries} over the engagements' own table, with the same read rule as {@link EngagementService}: titles, summaries, counts per month in SQL, the people met. */
@Service
@Transactional(readOnly = true)
class EngagementQueryService implements EngagementQueries {

    private final EntityManager entityManager;
    private final Engagements engagements;
    private final CurrentViewer viewer;

    EngagementQueryService(EntityManager entityManager, Engagements engagements, CurrentViewer viewer) {
        this.entityManager = entityManager;
        this.engagements = engagements;
        this.viewer = viewer;
    }

    @Override
    public List<PersonId> peopleMet(EngagementId engagement) {
        var scope = viewer.get().readScope();
        return engagements.findById(engagement.value())
                .filter(e -> scope.permits(e.getAccess()))
                .map(e -> e.getParticipants().stream()
                        .filter(p -> p.side() == Side.PARTNER && p.person() != null)
                        .map(p -> new PersonId(p.person()))
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<MonthCount> perMonth(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        Instant start = from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // Hibernate's year()/month() render as SQL's extract(...), which H2 and PostgreSQL both know
        var cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Engagement.class);
        var year = cb.year(root.<Instant>get("startsAt"));
        var month = cb.month(root.<Instant>get("startsAt"));
        query.multiselect(year, month, cb.count(root))
                .where(cb.and(AccessSpecifications.predicate(root.get(AccessSpecifications.DEFAULT_PATH), cb,
                                viewer.get().readScope()),
                        cb.greaterThanOrEqualTo(root.get("startsAt"), start), cb.lessThan(root.get("startsAt"), end)))
                .groupBy(year, month)
                .orderBy(cb.asc(year), cb.asc(month));
        return entityManager.createQuery(query).getResultList().stream()
                .map((Tuple t) -> new MonthCount(YearMonth.of(t.get(0, Integer.class), t.get(1, Integer.class)),
                        t.get(2, Long.class)))
                .toList();
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
