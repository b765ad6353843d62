package org.liaison.shared;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for {@link ExportDataset}s: stream a query's results with the persistence context
 * emptied every {@value #CHUNK} rows, or walk a module's own paged list chunk by chunk, so an
 * export never holds a whole table.
 */
public final class ExportRows {

    /** Rows read before the persistence context is emptied; also the JDBC fetch size. */
    public static final int CHUNK = 500;

    private ExportRows() {}

    /** Streams the query's results through {@code row} into the sink; a row of null is left out. */
    public static <T> void stream(EntityManager entityManager, TypedQuery<T> query,
            Function<T, @Nullable List<@Nullable Object>> row, Consumer<List<@Nullable Object>> sink) {
        query.setHint("org.hibernate.fetchSize", CHUNK);
        query.setHint("org.hibernate.readOnly", true);
        int count = 0;
        try (var results = query.getResultStream()) {
            var iterator = results.iterator();
            while (iterator.hasNext()) {
                var values = row.apply(iterator.next());
                if (values != null) {
                    sink.accept(values);
                }
                if (++count % CHUNK == 0) {
                    entityManager.clear();
                }
            }
        }
    }

    /** One page of a module's paged list, and whether it is the last. */
    public record Chunk<T>(List<T> items, boolean last) {}

    /**
     * Walks a paged list: {@code page} returns page n (n from 0, of {@value #CHUNK} rows where the
     * list allows) until one says it is the last.
     */
    public static <T> void paged(IntFunction<Chunk<T>> page, Function<T, List<@Nullable Object>> row,
            Consumer<List<@Nullable Object>> sink) {
        for (int n = 0;; n++) {
            var chunk = page.apply(n);
            chunk.items().forEach(item -> sink.accept(row.apply(item)));
            if (chunk.last() || n == Integer.MAX_VALUE) {
                return;
            }
        }
    }

    /** Values of a collection as one cell: joined by {@code " | "}. */
    public static String joined(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" | "));
    }
}
