package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The unnamed counterpart of a joint fund. A sentence that speaks of a "joint" fund (or of
 * something funded "jointly") implies a partner; when the named sponsors all come from one country
 * and the passage the sentence belongs to is about another country, that country's counterpart is
 * the partner the text does not name ("A joint direct investment fund is also being considered",
 * after a paragraph on cooperation with China, gives CN). The passage is read nearest first: the
 * sentence, the rest of its paragraph before it, then up to two preceding paragraphs, stopping at a
 * heading. In the nearest part that mentions a country other than the sponsors' (by a country or
 * city name of the lexicons or a nationality adjective), the most mentioned country wins, the later
 * mention on a tie. The extraction contract carries sponsors as names only, so this is asked by
 * whoever applies a fund fact, with the fact's sentence.
 */
public final class Counterparts {

    private static final int PRECEDING_PARAGRAPHS = 2;
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");

    private final Lexicons lexicons;

    public Counterparts(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public static Counterparts standard() {
        return new Counterparts(Lexicons.standard());
    }

    /**
     * The ISO country of the joint fund's unnamed counterpart, or null when the sentence speaks of no
     * joint fund or the passage names no country beyond the sponsors' own.
     */
    public @Nullable String country(String text, Span sentence, Set<String> sponsorCountries) {
        var words = Tokenizer.tokens(text, sentence.start(), sentence.end());
        if (words.stream().noneMatch(t -> t.is("joint") || t.is("jointly"))) {
            return null;
        }
        for (var part : passage(text, sentence)) {
            var counts = new LinkedHashMap<String, Integer>();
            var last = new LinkedHashMap<String, Integer>();
            var tokens = Tokenizer.tokens(text, part.start(), part.end());
            for (int i = 0; i < tokens.size(); i++) {
                String country = null;
                int length = 1;
                var place = lexicons.places.longest(tokens, i, tokens.size());
                if (place != null && place.value().country() != null) {
                    country = place.value().country();
                    length = place.length();
                } else {
                    country = lexicons.demonyms.get(tokens.get(i).lower());
                }
                if (country != null && !sponsorCountries.contains(country)) {
                    counts.merge(country, 1, Integer::sum);
                    last.put(country, i);
                }
                i += length - 1;
            }
            if (!counts.isEmpty()) {
                return counts.keySet().stream().max((a, b) -> counts.get(a).equals(counts.get(b))
                        ? Integer.compare(last.get(a), last.get(b)) : Integer.compare(counts.get(a), counts.get(b)))
                        .orElseThrow();
            }
        }
        return null;
    }

    /** A label for a sponsor not yet named: "Chinese counterpart (not yet named)". */
    public String label(String country) {
        return lexicons.demonyms.entrySet().stream().filter(e -> e.getValue().equals(country)).map(Map.Entry::getKey)
                .sorted().findFirst()
                .map(d -> Character.toUpperCase(d.charAt(0)) + d.substring(1) + " counterpart (not yet named)")
                .orElse("Counterpart in " + country.toUpperCase(Locale.ROOT) + " (not yet named)");
    }

    /** The parts to read, nearest first: the sentence, its paragraph before it, preceding paragraphs. */
    static List<Span> passage(String text, Span sentence) {
        var paragraphs = new ArrayList<Span>();
        var m = BLANK_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            paragraphs.add(new Span(from, m.start()));
            from = m.end();
        }
        paragraphs.add(new Span(from, text.length()));
        int at = 0;
        while (at + 1 < paragraphs.size() && paragraphs.get(at + 1).start() <= sentence.start()) {
            at++;
        }
        var parts = new ArrayList<Span>();
        parts.add(sentence);
        var own = paragraphs.get(at);
        if (own.start() < sentence.start()) {
            parts.add(new Span(own.start(), sentence.start()));
        }
        for (int k = at - 1; k >= 0 && k >= at - PRECEDING_PARAGRAPHS; k--) {
            var body = paragraphs.get(k).of(text).strip();
            if (body.isEmpty() || heading(body)) {
                break;
            }
            parts.add(paragraphs.get(k));
        }
        return parts;
    }

    /** A short line without a sentence's closing punctuation: a title or section heading. */
    private static boolean heading(String paragraph) {
        if (paragraph.contains("\n") || paragraph.length() > 120) {
            return false;
        }
        var last = paragraph.charAt(paragraph.length() - 1);
        return ".!?\"”’»:".indexOf(last) < 0;
    }
}
