package org.liaison.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.internal.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * The directory's search index, kept in step with the database. Changes saved through JPA are
 * indexed after their commit by Hibernate Search; rows written otherwise (Flyway, SQL, a restored
 * backup) are not, so at startup, when the index holds fewer or more documents than the database
 * has rows (a missing or empty index included), when it cannot be read, or when a rebuild was
 * interrupted (its marker file is still there), the index is rebuilt from the database in the
 * background. {@link #rebuild()} does the same on demand.
 *
 * <p>A rebuild indexes one entity type after the other, each with its own mass indexer whose
 * monitor counts the documents added against the total it announces, so {@link #progress()}
 * tells how far each type is. One rebuild at a time on this node: a second call joins it.
 *
 * <p>On a filesystem index, a marker file ({@value #MARKER}) in the index root is written before
 * a rebuild starts and removed when it has finished: a node killed mid-rebuild leaves a purged,
 * half-filled index whose counts may even look right, and the marker makes its next start rebuild.
 */
@Service
public class SearchIndexes implements DisposableBean {

    static final String MARKER = "rebuild-unfinished";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    /** The indexed entity types in the order a rebuild takes them, with their names in the API. */
    private static final List<Indexed> INDEXED = List.of(new Indexed("organization", Organization.class),
            new Indexed("person", Person.class));

    private record Indexed(String name, Class<?> type) {}

    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable Path marker;
    private final int batchSize;
    private final int loadThreads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "liaison-search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    private volatile Run last = Run.never();

    SearchIndexes(EntityManagerFactory entityManagerFactory, Environment environment) {
        this.entityManagerFactory = entityManagerFactory;
        String prefix = "spring.jpa.properties.hibernate.search.backend.directory.";
        String type = environment.getProperty(prefix + "type", "local-filesystem");
        String root = environment.getProperty(prefix + "root");
        this.marker = "local-heap".equals(type) || root == null ? null : Path.of(root).resolve(MARKER);
        this.batchSize = environment.getProperty("liaison.search.batch-size", Integer.class, 100);
        this.loadThreads = environment.getProperty("liaison.search.load-threads", Integer.class,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The state of the index against the database. */
    public record Status(long organizationsInDatabase, long organizationsIndexed, long peopleInDatabase,
            long peopleIndexed, boolean rebuilding) {

        public boolean inStep() {
            return organizationsInDatabase == organizationsIndexed && peopleInDatabase == peopleIndexed;
        }
    }

    /**
     * How far a rebuild got, per entity type.
     *
     * @param entity {@code organization} or {@code person}
     * @param done   documents added to the index so far
     * @param total  entities the rebuild indexes (announced by the mass indexer when it starts the
     *               type; until then the database's count)
     */
    public record TypeProgress(String entity, long done, long total) {

        public int percent() {
            return total == 0 ? (done == 0 ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    /**
     * The last (or the running) rebuild on this node.
     *
     * @param state    {@code never} (none since this node started), {@code running}, {@code done} or
     *                 {@code failed}
     * @param failure  the failure's message when failed
     */
    public record Progress(String state, @Nullable Instant startedAt, @Nullable Instant finishedAt,
            List<TypeProgress> types, @Nullable String failure) {

        public boolean running() {
            return "running".equals(state);
        }

        public long done() {
            return types.stream().mapToLong(TypeProgress::done).sum();
        }

        public long total() {
            return types.stream().mapToLong(TypeProgress::total).sum();
        }

        /** 100 once done, even when there was nothing to index. */
        public int percent() {
            if ("done".equals(state)) {
                return 100;
            }
            long total = total();
            return total == 0 ? 0 : (int) Math.min(99, done() * 100 / total);
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

    public Progress progress() {
        return last.snapshot();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void rebuildIfOutOfStep() {
        if (marker != null && Files.exists(marker)) {
            log.warn("A rebuild of the search index was interrupted ({} is still there): rebuilding it", marker);
            rebuild();
            return;
        }
        Status status;
        try {
            status = status();
        } catch (RuntimeException e) {
            log.warn("The search index cannot be read: rebuilding it from the database", e);
            rebuild();
            return;
        }
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
        var run = new Run(Instant.now(), INDEXED.stream().map(i -> new Counter(i.name(), databaseCount(i.type()))).toList());
        last = run;
        running = CompletableFuture.runAsync(() -> rebuild(run), worker).handle((done, failure) -> {
            if (failure != null) {
                var cause = failure.getCause() != null ? failure.getCause() : failure;
                log.error("Rebuilding the search index failed", cause);
                run.finish("failed", String.valueOf(cause.getMessage()));
            } else {
                run.finish("done", null);
                log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            return null;
        });
        return running;
    }

    private void rebuild(Run run) {
        writeMarker();
        for (int i = 0; i < INDEXED.size(); i++) {
            var counter = run.counters.get(i);
            try {
                Search.mapping(entityManagerFactory).scope(INDEXED.get(i).type()).massIndexer()
                        .threadsToLoadObjects(loadThreads)
                        .batchSizeToLoadObjects(batchSize)
                        // One segment afterwards: fewer per-segment costs (fuzzy automata, term lookups) in every search.
                        .mergeSegmentsOnFinish(true)
                        .monitor(counter)
                        .startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rebuilding the search index", e);
            }
        }
        removeMarker();
    }

    private long databaseCount(Class<?> type) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                    .getSingleResult();
        } catch (RuntimeException e) {
            return 0; // the database is away: the mass indexer announces its own total when it starts
        }
    }

    private void writeMarker() {
        if (marker == null) {
            return;
        }
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Instant.now() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    private void removeMarker() {
        if (marker == null) {
            return;
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + marker, e);
        }
    }

    public synchronized boolean isRebuilding() {
        return !running.isDone();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Counts one entity type's documents as the mass indexer reports them. */
    private static final class Counter implements MassIndexingMonitor {

        final String entity;
        final long databaseCount;
        final AtomicLong added = new AtomicLong();
        final AtomicLong announced = new AtomicLong();

        Counter(String entity, long databaseCount) {
            this.entity = entity;
            this.databaseCount = databaseCount;
        }

        TypeProgress snapshot() {
            long total = announced.get() > 0 ? announced.get() : databaseCount;
            return new TypeProgress(entity, added.get(), Math.max(total, added.get()));
        }

        @Override
        public void documentsAdded(long increment) {
            added.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            announced.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }

    private static final class Run {

        final @Nullable Instant startedAt;
        final List<Counter> counters;
        private volatile String state;
        private volatile @Nullable Instant finishedAt;
        private volatile @Nullable String failure;

        Run(@Nullable Instant startedAt, List<Counter> counters) {
            this.startedAt = startedAt;
            this.counters = counters;
            this.state = startedAt == null ? "never" : "running";
        }

        static Run never() {
            return new Run(null, INDEXED.stream().map(i -> new Counter(i.name(), 0)).toList());
        }

        void finish(String state, @Nullable String failure) {
            this.finishedAt = Instant.now();
            this.failure = failure;
            this.state = state;
        }

        Progress snapshot() {
            String s = state;
            var types = new ArrayList<TypeProgress>();
            for (var c : counters) {
                types.add(c.snapshot());
            }
            return new Progress(s, startedAt, finishedAt, List.copyOf(types), failure);
        }
    }
}
