package org.liaison.directory.search;

import static org.liaison.directory.search.NamesBinder.NAME;
import static org.liaison.directory.search.NamesBinder.LEAD;
import static org.liaison.directory.search.NamesBinder.NAME_KEY;
import static org.liaison.directory.search.NamesBinder.PREFIX;
import static org.liaison.directory.search.NamesBinder.PRIMARY;
import static org.liaison.directory.search.NamesBinder.PRIMARY_KEY;
import static org.liaison.directory.search.NamesBinder.PRIMARY_LEAD;
import static org.liaison.directory.search.NamesBinder.READING;
import static org.liaison.directory.search.NamesBinder.READING_KEY;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.liaison.directory.search.Readings.Script;

/**
 * The text part of a name search, over the fields of {@link NamesBinder}. A document matches
 * when any of these match, and scores by the best kind of match: the exact primary name, then
 * an exact name or alias, then an exact reading, then a primary name, name or reading that
 * begins with the words of the query, then all the words of the query among the names
 * (primary name first), among the readings (including readings of the query itself, so that
 * "Сколково" finds "Skolkovo"), as word prefixes (search as you type, names that begin with
 * what is typed first); and when that finds
 * nothing ({@link Strictness}), for Latin queries with typos, and for queries of several words,
 * all words but one.
 */
final class NameQueries {

    static final float EXACT_PRIMARY = 100;
    static final float EXACT_NAME = 40;
    static final float EXACT_READING = 20;
    static final float PRIMARY_LEADS = 10;
    static final float NAME_LEADS = 5;
    static final float PRIMARY_STARTS = 1.5f;
    static final float NAME_STARTS = 1;
    static final float WORDS_PRIMARY = 4;
    static final float WORDS_NAME = 3;
    static final float WORDS_READING = 1.5f;
    static final float PREFIX_WORDS = 1;
    static final float FUZZY_WORDS = 0.5f;
    static final float ALL_BUT_ONE_WORD = 0.2f;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NameQueries() {}

    /**
     * How loosely a query matches. Searches run {@link #STRICT} first and, only when that finds
     * nothing, {@link #RELAXED}: typos and partial matches then find what the words as typed do
     * not, and cost nothing (fuzzy automata are the dearest part of a query) when they do.
     */
    enum Strictness {
        /** Exact names, keys, readings and prefixes, every word required. */
        STRICT,
        /** Also words with typos (Latin), and all words but one. */
        RELAXED;

        /** Whether relaxing could find more for this text. */
        static boolean canRelax(String text) {
            return WORD.matcher(text).results().count() > 1
                    || Readings.scriptOf(text) == Script.LATIN && WORD.matcher(text).results()
                            .anyMatch(w -> typoTolerance(w.group()) > 0);
        }
    }

    /** The predicate for a non-blank query; {@code extra} may add more should-clauses (city, ...). */
    static SearchPredicate matching(SearchPredicateFactory f, String text, Strictness strictness,
            Consumer<BooleanPredicateClausesStep<?, ?>> extra) {
        Readings readings = Readings.shared();
        String key = Readings.key(text);
        Set<String> readingKeys = new LinkedHashSet<>(readings.keys(text, null));
        readingKeys.remove(key);
        List<String> queryReadings = readings.of(text, null);
        Script script = Readings.scriptOf(text);

        var bool = f.bool();
        if (!key.isEmpty()) {
            bool.should(f.match().field(PRIMARY_KEY).matching(key).constantScore().boost(EXACT_PRIMARY));
            bool.should(f.match().field(NAME_KEY).matching(key).constantScore().boost(EXACT_NAME));
            var allKeys = new LinkedHashSet<>(readingKeys);
            allKeys.add(key);
            bool.should(f.terms().field(READING_KEY).matchingAny(allKeys).constantScore().boost(EXACT_READING));
            if (!readingKeys.isEmpty()) {
                bool.should(f.terms().field(NAME_KEY).matchingAny(readingKeys).constantScore().boost(EXACT_READING));
            }
            // Names that begin with the words of the query, in any script: "Сколково" is the
            // Skolkovo Foundation before Технопарк «Сколково».
            bool.should(f.terms().field(PRIMARY_LEAD).matchingAny(allKeys).constantScore().boost(PRIMARY_LEADS));
            bool.should(f.terms().field(LEAD).matchingAny(allKeys).constantScore().boost(NAME_LEADS));
            // Names that begin with what is typed so far, a tie-breaker below whole words: "Tsing" is
            // Tsinghua University before the Torch technopark of Tsinghua University.
            var primaryStarts = f.or();
            var nameStarts = f.or();
            boolean starts = false;
            for (String k : allKeys) {
                if (k.codePointCount(0, k.length()) >= 2) {
                    primaryStarts.add(f.prefix().field(PRIMARY_KEY).matching(k));
                    nameStarts.add(f.prefix().field(NAME_KEY).matching(k));
                    nameStarts.add(f.prefix().field(READING_KEY).matching(k));
                    starts = true;
                }
            }
            if (starts) {
                // One score each, however many names or readings start so.
                bool.should(primaryStarts.constantScore().boost(PRIMARY_STARTS));
                bool.should(nameStarts.constantScore().boost(NAME_STARTS));
            }
        }
        bool.should(allWords(f, PRIMARY, text).boost(WORDS_PRIMARY));
        bool.should(allWords(f, NAME, text).boost(WORDS_NAME));
        bool.should(allWords(f, READING, text).boost(WORDS_READING));
        for (String reading : queryReadings) {
            bool.should(f.match().fields(NAME, READING).matching(reading).minimumShouldMatchPercent(100)
                    .boost(WORDS_READING));
        }
        // Whether every word is typed in part is yes or no: how often a prefix recurs among the
        // readings says nothing of relevance.
        bool.should(allWords(f, PREFIX, text).constantScore().boost(PREFIX_WORDS));
        if (strictness == Strictness.RELAXED && script == Script.LATIN) {
            typos(f, text).ifPresent(p -> bool.should(p.boost(FUZZY_WORDS)));
        }
        if (strictness == Strictness.RELAXED && WORD.matcher(text).results().count() > 1) {
            // "Tohoku University" still finds 東北大学, read "tohoku daigaku", below full matches.
            bool.should(f.match().fields(NAME, READING).matching(text)
                    .minimumShouldMatch().ifMoreThan(1).thenRequireNumber(-1).end()
                    .boost(ALL_BUT_ONE_WORD));
        }
        extra.accept(bool);
        return bool.toPredicate();
    }

    private static MatchPredicateOptionsStep<?> allWords(
            SearchPredicateFactory f, String field, String text) {
        return f.match().field(field).matching(text).minimumShouldMatchPercent(100);
    }

    /**
     * Every word of a Latin query with typos: none in words under 4 letters (too many neighbours),
     * one edit up to 9 letters, two from 10 (two-edit automata cost several times more to build).
     * Empty when no word is long enough to have typos.
     */
    private static Optional<BooleanPredicateClausesStep<?, ?>> typos(
            SearchPredicateFactory f, String text) {
        var bool = f.bool();
        boolean any = false;
        var words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            int edits = typoTolerance(word);
            var match = f.match().fields(NAME, READING).matching(word);
            bool.must(edits == 0 ? match : match.fuzzy(edits, 1));
            any |= edits > 0;
        }
        return any ? Optional.of(bool) : Optional.empty();
    }

    static int typoTolerance(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 4 ? 0 : length < 10 ? 1 : 2;
    }
}
