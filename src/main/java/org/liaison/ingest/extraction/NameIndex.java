package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Names as token sequences (lowercase), for the longest match starting at a token. */
final class NameIndex<T> {

    record Match<T>(T value, int length, String name) {
    }

    private record Name<T>(List<String> words, T value, String name) {
    }

    private final Map<String, List<Name<T>>> byFirstWord = new HashMap<>();

    void add(String name, T value) {
        var words = Lexicons.words(name);
        if (words.isEmpty()) {
            return;
        }
        var list = byFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>());
        list.add(new Name<>(words, value, name));
        list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    }

    /** The longest name that starts at {@code from} and ends at or before {@code to}. */
    @Nullable Match<T> longest(List<Token> tokens, int from, int to) {
        var candidates = byFirstWord.get(tokens.get(from).lower());
        if (candidates == null) {
            return null;
        }
        for (var c : candidates) {
            int n = c.words().size();
            if (from + n > to) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = tokens.get(from + k).lower().equals(c.words().get(k));
            }
            if (all) {
                return new Match<>(c.value(), n, c.name());
            }
        }
        return null;
    }

    /** The value whose name is exactly these words. */
    @Nullable T exactly(List<Token> tokens, int from, int to) {
        var m = longest(tokens, from, to);
        return m != null && m.length() == to - from ? m.value() : null;
    }
}
