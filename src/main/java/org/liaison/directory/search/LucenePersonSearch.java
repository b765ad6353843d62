package org.liaison.directory.search;

import static org.liaison.directory.search.NamesBinder.DISPLAY;
import static org.liaison.directory.search.NamesBinder.OTHER_NAMES;
import static org.liaison.directory.search.NamesBinder.SORT;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaison.access.AccessSearchPredicates;
import org.liaison.access.ReadScope;
import org.liaison.directory.internal.Person;
import org.liaison.directory.search.NameQueries.Strictness;
import org.springframework.stereotype.Service;

/** {@link PersonSearch} on the local Lucene index; hits are projections of stored fields. */
@Service
class LucenePersonSearch implements PersonSearch {

    private final EntityManagerFactory entityManagerFactory;

    LucenePersonSearch(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public List<PersonHit> search(String text, ReadScope scope, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        String query = text == null ? "" : text.strip();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var session = Search.session(entityManager);
            var hits = search(session, query, Strictness.STRICT, scope, limit);
            if (hits.isEmpty() && !query.isEmpty() && Strictness.canRelax(query)) {
                hits = search(session, query, Strictness.RELAXED, scope, limit);
            }
            return hits;
        }
    }

    private static List<PersonHit> search(SearchSession session, String query, Strictness strictness, ReadScope scope,
            int limit) {
        return session.search(Person.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.field(DISPLAY, String.class), f.field(OTHER_NAMES, String.class).list())
                        .as(PersonHit::new))
                .where(f -> f.bool()
                        .must(query.isEmpty() ? f.matchAll().toPredicate()
                                : NameQueries.matching(f, query, strictness, extra -> { }))
                        .filter(AccessSearchPredicates.permits(f, scope)))
                .sort(f -> query.isEmpty() ? f.field(SORT).then().indexOrder()
                        : f.score().then().field(SORT).then().indexOrder())
                .fetchHits(limit);
    }
}
