package org.liaison.ingest.extraction;

import java.util.List;

/**
 * The names the extractor links to: the directory's organizations and people with every name,
 * alias and reading. The application builds it from the directory; tests build one by hand.
 */
@FunctionalInterface
public interface Gazetteer {

    List<Entry> entries();

    static Gazetteer of(List<Entry> entries) {
        var copy = List.copyOf(entries);
        return () -> copy;
    }

    static Gazetteer empty() {
        return List::of;
    }

    /** Who a name stands for. {@code kind} uses the contract's organization kinds; null for people. */
    record Entry(String id, Type type, String name, List<String> otherNames, @org.jspecify.annotations.Nullable String kind,
            @org.jspecify.annotations.Nullable String country) {

        public Entry {
            otherNames = List.copyOf(otherNames);
        }
    }

    enum Type {
        ORGANIZATION, PERSON
    }
}
