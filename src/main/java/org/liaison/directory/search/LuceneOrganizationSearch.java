package org.liaison.directory.search;

import static org.liaison.directory.search.NamesBinder.DISPLAY;
import static org.liaison.directory.search.NamesBinder.DISPLAY_LANG;
import static org.liaison.directory.search.NamesBinder.NAME_KEY;
import static org.liaison.directory.search.NamesBinder.OTHER_NAMES;
import static org.liaison.directory.search.NamesBinder.READING_KEY;
import static org.liaison.directory.search.NamesBinder.SORT;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSearchPredicates;
import org.liaison.access.ReadScope;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.search.NameQueries.Strictness;
import org.springframework.stereotype.Service;

/**
 * {@link OrganizationSearch} on the local Lucene index. Hits are projections of stored fields,
 * so a search reads the index only, never the database. A query that finds nothing as typed is
 * run once more with typos and partial matches allowed ({@link NameQueries.Strictness}). Facet counts of a dimension ignore that
 * dimension's own filter (choosing Japan still shows how many hits China would give) and obey
 * every other filter, the text and the read scope.
 */
@Service
class LuceneOrganizationSearch implements OrganizationSearch {

    static final String KIND = "kind";
    static final String COUNTRY = "country";
    static final String CITY = "city";
    static final String MERGED = "merged";
    static final String WEBSITE_HOST = "websiteHost";

    private static final int MAX_COUNTRIES = 300;
    private static final int DUPLICATE_CANDIDATES = 5;
    private static final float CITY_WORDS = 0.3f;

    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");
    private static final AggregationKey<Map<OrganizationKind, Long>> KINDS = AggregationKey.of("kinds");

    private final EntityManagerFactory entityManagerFactory;

    LuceneOrganizationSearch(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public SearchResult search(SearchQuery query, ReadScope scope) {
        return inSession(session -> {
            var result = search(session, query, scope, Strictness.STRICT);
            if (result.total() == 0 && !query.text().isEmpty() && Strictness.canRelax(query.text())) {
                result = search(session, query, scope, Strictness.RELAXED);
            }
            return result;
        });
    }

    private SearchResult search(SearchSession session, SearchQuery query, ReadScope scope, Strictness strictness) {
        var main = session.search(Organization.class)
                .select(this::hit)
                .where(f -> where(f, query, strictness, scope, query.countries(), query.kinds()))
                .sort(f -> query.text().isEmpty() ? f.field(SORT).then().indexOrder()
                        : f.score().then().field(SORT).then().indexOrder());
        if (query.countries().isEmpty()) {
            main = main.aggregation(COUNTRIES, f -> f.terms().field(COUNTRY, String.class).maxTermCount(MAX_COUNTRIES));
        }
        if (query.kinds().isEmpty()) {
            main = main.aggregation(KINDS, f -> f.terms().field(KIND, OrganizationKind.class));
        }
        var result = main.fetch(query.page() * query.size(), query.size());

        // Counts of a facet ignore its own filter: one more query for each facet filtered on.
        Map<String, Long> countries = query.countries().isEmpty() ? result.aggregation(COUNTRIES)
                : session.search(Organization.class)
                        .where(f -> where(f, query, strictness, scope, Set.of(), query.kinds()))
                        .aggregation(COUNTRIES, f -> f.terms().field(COUNTRY, String.class).maxTermCount(MAX_COUNTRIES))
                        .fetch(0).aggregation(COUNTRIES);
        Map<OrganizationKind, Long> kinds = query.kinds().isEmpty() ? result.aggregation(KINDS)
                : session.search(Organization.class)
                        .where(f -> where(f, query, strictness, scope, query.countries(), Set.of()))
                        .aggregation(KINDS, f -> f.terms().field(KIND, OrganizationKind.class))
                        .fetch(0).aggregation(KINDS);
        return new SearchResult(result.hits(), result.total().hitCount(), new LinkedHashMap<>(countries),
                new LinkedHashMap<>(kinds));
    }

    @Override
    public List<OrganizationHit> likelyDuplicates(List<String> names, @Nullable String website, ReadScope scope) {
        Readings readings = Readings.shared();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            keys.addAll(readings.keys(name, null));
        }
        keys.remove("");
        String host = WebsiteHostBridge.host(website);
        if (keys.isEmpty() && host == null) {
            return List.of();
        }
        return inSession(session -> session.search(Organization.class)
                .select(this::hit)
                .where(f -> {
                    var b = f.bool().minimumShouldMatchNumber(1);
                    if (!keys.isEmpty()) {
                        b.should(f.terms().field(NAME_KEY).matchingAny(keys).constantScore().boost(10));
                        b.should(f.terms().field(READING_KEY).matchingAny(keys).constantScore().boost(6));
                        // A typo in a Latin name ("Toshyba") is still probably the same organization.
                        for (String key : keys) {
                            if (Readings.scriptOf(key) == Readings.Script.LATIN && key.length() >= 6) {
                                b.should(f.match().fields(NAME_KEY, READING_KEY).matching(key).fuzzy(1, 1)
                                        .constantScore().boost(2));
                            }
                        }
                    }
                    if (host != null) {
                        b.should(f.match().field(WEBSITE_HOST).matching(host).constantScore().boost(5));
                    }
                    return b.filter(visible(f, scope));
                })
                .sort(f -> f.score().then().field(SORT).then().indexOrder())
                .fetchHits(DUPLICATE_CANDIDATES));
    }

    private PredicateFinalStep where(SearchPredicateFactory f, SearchQuery query, Strictness strictness,
            ReadScope scope, Set<String> countries, Set<OrganizationKind> kinds) {
        var bool = f.bool();
        if (query.text().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            bool.must(NameQueries.matching(f, query.text(), strictness,
                    b -> b.should(f.match().field(CITY).matching(query.text()).minimumShouldMatchPercent(100)
                            .boost(CITY_WORDS))));
        }
        bool.filter(visible(f, scope));
        if (!countries.isEmpty()) {
            bool.filter(f.terms().field(COUNTRY).matchingAny(countries.stream()
                    .map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList()));
        }
        if (!kinds.isEmpty()) {
            bool.filter(f.terms().field(KIND).matchingAny(kinds));
        }
        return bool;
    }

    /** Never merged organizations; only what the scope may read. */
    private static SearchPredicate visible(SearchPredicateFactory f, ReadScope scope) {
        return f.and(f.match().field(MERGED).matching(false).toPredicate(), AccessSearchPredicates.permits(f, scope))
                .toPredicate();
    }

    private ProjectionFinalStep<OrganizationHit> hit(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.id(UUID.class), f.field(DISPLAY, String.class), f.field(DISPLAY_LANG, String.class),
                        f.field(OTHER_NAMES, String.class).list(), f.field(KIND, OrganizationKind.class),
                        f.field(COUNTRY, String.class), f.field(CITY, String.class))
                .asList(values -> {
                    @SuppressWarnings("unchecked")
                    List<String> others = (List<String>) values.get(3);
                    return new OrganizationHit((UUID) values.get(0), (String) values.get(1), (String) values.get(2),
                            others, (OrganizationKind) values.get(4), (String) values.get(5), (String) values.get(6));
                });
    }

    private <T> T inSession(Function<SearchSession, T> work) {
        // Hits are projections: the session never touches the database, so no transaction is needed.
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return work.apply(Search.session(entityManager));
        }
    }
}
