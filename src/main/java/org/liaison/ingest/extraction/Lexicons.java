package org.liaison.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The curated word lists the extractor reads, from resource files next to this class: organization
 * designators, titles, agreement and intent phrasing, event words, places, nationality adjectives,
 * well-known organizations and page boilerplate. Loaded once; immutable afterwards.
 */
public final class Lexicons {

    record Phrase(String text, String kind) {
    }

    record EventWord(List<String> words, String kind, boolean named) {
    }

    record Place(String name, @Nullable String country, boolean isCountry) {
    }

    final Map<List<String>, String> designators = new HashMap<>();
    final int longestDesignator;
    final List<List<String>> titles = new ArrayList<>();
    final Map<String, List<List<String>>> titlesByFirstWord = new HashMap<>();
    final List<Phrase> agreements = new ArrayList<>();
    final List<Phrase> intents = new ArrayList<>();
    final List<EventWord> events = new ArrayList<>();
    final NameIndex<Place> places = new NameIndex<>();
    final Map<String, String> demonyms = new HashMap<>();
    final Set<String> adjectives = new HashSet<>();
    final List<Gazetteer.Entry> knownOrganizations = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();

    private static final class Holder {
        static final Lexicons DEFAULT = new Lexicons();
    }

    /** The lexicons shipped with Liaison. */
    public static Lexicons standard() {
        return Holder.DEFAULT;
    }

    private Lexicons() {
        int longest = 1;
        for (var f : lines("designators.txt")) {
            var words = words(f[0]);
            designators.put(words, f[1]);
            longest = Math.max(longest, words.size());
        }
        longestDesignator = longest;
        for (var f : lines("titles.txt")) {
            titles.add(words(f[0]));
        }
        titles.sort(Comparator.comparingInt((List<String> t) -> t.size()).reversed());
        for (var t : titles) {
            titlesByFirstWord.computeIfAbsent(t.getFirst(), k -> new ArrayList<>()).add(t);
        }
        for (var f : lines("agreements.txt")) {
            agreements.add(new Phrase(f[0].toLowerCase(Locale.ROOT), f[1]));
        }
        agreements.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        for (var f : lines("intents.txt")) {
            intents.add(new Phrase(f[0].toLowerCase(Locale.ROOT), f[1]));
        }
        intents.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        for (var f : lines("events.txt")) {
            events.add(new EventWord(words(f[0]), f[1], f.length > 2 && f[2].equals("named")));
        }
        events.sort(Comparator.comparingInt((EventWord e) -> e.words().size()).reversed());
        boolean cities = false;
        for (var line : raw("places.txt")) {
            if (line.startsWith("# cities")) {
                cities = true;
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var f = line.split("\\|", -1);
            var country = f.length > 1 && !f[1].isBlank() ? f[1].trim() : null;
            places.add(f[0].trim(), new Place(f[0].trim(), country, !cities));
        }
        for (var f : lines("demonyms.txt")) {
            adjectives.add(f[0].toLowerCase(Locale.ROOT));
            if (f.length > 1 && !f[1].isBlank()) {
                demonyms.put(f[0].toLowerCase(Locale.ROOT), f[1]);
            }
        }
        for (var f : lines("known-organizations.txt")) {
            var others = f[1].isBlank() ? List.<String>of() : Arrays.asList(f[1].split(";"));
            knownOrganizations.add(new Gazetteer.Entry("lexicon:" + f[0], Gazetteer.Type.ORGANIZATION, f[0], others,
                    f[2], f.length > 3 && !f[3].isBlank() ? f[3] : null));
        }
        for (var f : lines("boilerplate.txt")) {
            boilerplate.add(f[0].toLowerCase(Locale.ROOT));
        }
    }

    /** The ISO country of a place the lexicon knows ("Tokyo" gives JP), or null. */
    public @Nullable String countryOfPlace(String place) {
        var tokens = Tokenizer.tokens(place, 0, place.length());
        if (tokens.isEmpty()) {
            return null;
        }
        var p = places.exactly(tokens, 0, tokens.size());
        return p == null ? null : p.country();
    }

    /** True for a line that is page furniture: menus, banners, share buttons, "Scroll to Top". */
    public boolean boilerplate(String line) {
        var l = line.strip().toLowerCase(Locale.ROOT);
        if (l.chars().filter(c -> c == '|').count() >= 2 && l.length() < 200) {
            return true;
        }
        for (var b : boilerplate) {
            if (l.startsWith(b) && (l.length() < 120 || b.length() > 8)) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String phrase) {
        var tokens = Tokenizer.tokens(phrase, 0, phrase.length());
        var out = new ArrayList<String>(tokens.size());
        for (var t : tokens) {
            out.add(t.lower());
        }
        return List.copyOf(out);
    }

    private static List<String[]> lines(String name) {
        var out = new ArrayList<String[]>();
        for (var line : raw(name)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var f = line.split("\\|", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            out.add(f);
        }
        return out;
    }

    private static List<String> raw(String name) {
        try (var in = Lexicons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + name + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Set<String> GENERIC_NAME_WORDS = new HashSet<>(List.of("science", "sciences", "technology",
            "technologies", "trade", "investment", "innovation", "innovations", "development", "research", "industry",
            "industrial", "digital", "information", "communications", "economy", "economic", "applied", "engineering",
            "commerce", "education", "culture", "health", "energy", "arts", "design", "business", "finance",
            "entrepreneurship", "enterprise", "agriculture", "environment", "transport", "affairs", "higher",
            "management", "security", "planning", "welfare", "labour", "labor", "social", "natural", "resources"));
}
