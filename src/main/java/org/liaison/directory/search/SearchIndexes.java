package org.liaison.directory.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.internal.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The directory's search index, kept in step with the database. Changes saved through JPA are
 * indexed after their commit by Hibernate Search; rows written otherwise (Flyway, SQL, a restored
 * backup) are not, so at startup, when the index holds fewer or more documents than the database
 * has rows (a missing or empty index included), the index is rebuilt from the database in the
 * background. {@link #rebuild()} does the same on demand.
 */
@Service
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final List<Class<? extends Object>> INDEXED = List.of(Organization.class, Person.class);

    private final EntityManagerFactory entityManagerFactory;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    SearchIndexes(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The state of the index against the database. */
    public record Status(long organizationsInDatabase, long organizationsIndexed, long peopleInDatabase,
            long peopleIndexed, boolean rebuilding) {

        public boolean inStep() {
            return organizationsInDatabase == organizationsIndexed && peopleInDatabase == peopleIndexed;
        }
    }

    public Status status() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var session = Search.session(entityManager);
            long organizations = entityManager.createQuery("select count(o) from Organization o", Long.class)
                    .getSingleResult();
            long people = entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult();
            long organizationsIndexed = session.search(Organization.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long peopleIndexed = session.search(Person.class).where(f -> f.matchAll()).fetchTotalHitCount();
            return new Status(organizations, organizationsIndexed, people, peopleIndexed, isRebuilding());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void rebuildIfOutOfStep() {
        var status = status();
        if (!status.inStep()) {
            log.info("Search index out of step with the database ({}): rebuilding it in the background", status);
            rebuild();
        }
    }

    /**
     * Rebuilds the index of organizations and people from the database, in the background.
     * While it runs, searches see only what is already indexed. A call during a rebuild joins it.
     *
     * @return completes when the rebuild is done
     */
    public synchronized CompletionStage<Void> rebuild() {
        if (!running.isDone()) {
            return running;
        }
        long start = System.nanoTime();
        running = Search.mapping(entityManagerFactory).scope(INDEXED).massIndexer()
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                .batchSizeToLoadObjects(100)
                // One segment afterwards: fewer per-segment costs (fuzzy automata, term lookups) in every search.
                .mergeSegmentsOnFinish(true)
                .start()
                .toCompletableFuture()
                .handle((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the search index failed", failure);
                    } else {
                        log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
                    }
                    return null;
                });
        return running;
    }

    public synchronized boolean isRebuilding() {
        return !running.isDone();
    }
}
