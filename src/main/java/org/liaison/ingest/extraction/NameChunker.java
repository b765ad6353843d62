package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Chunks a sentence into capitalized noun phrases and types them from their own words: designators
 * ("University", "Technopark"), titles, kinds and countries named inside a name.
 */
final class NameChunker extends ArticleStage {

    private static final Set<String> MONTHS_DAYS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");
    private static final Set<String> DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Its", "Their",
            "Our", "His", "Her");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "van", "von", "der", "den", "da",
            "di", "du", "del", "la", "le", "bin", "al", "on");
    private static final Set<String> LOWER_DESIGNATORS = Set.of("technopark", "incubator", "accelerator");

    NameChunker(ArticleStage article) {
        super(article);
    }

    List<int[]> chunks(List<Token> t) {
        var out = new ArrayList<int[]>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (!startable(t.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                var x = t.get(j);
                if (x.isWord() && x.capitalized() && !MONTHS_DAYS.contains(x.text())) {
                    j++;
                    continue;
                }
                if (x.isWord() && LOWER_DESIGNATORS.contains(x.text()) && t.get(j - 1).capitalized()
                        && !STOP.contains(t.get(j - 1).text())) {
                    j++;
                    continue;
                }
                if (CONNECTORS.contains(x.text())) {
                    int k = j + 1;
                    if (x.text().equals("of") && k < n && t.get(k).text().equals("the")) {
                        k++;
                    }
                    if (k < n && startable(t.get(k)) && !DETERMINERS.contains(t.get(k).text())
                            && !(x.text().equals("on") && !designatorIn(t, i, j))) {
                        j = k + 1;
                        continue;
                    }
                }
                break;
            }
            // strip leading function words
            int from = i;
            while (from < j && STOP.contains(t.get(from).text()) && titleAt(t, from) == 0) {
                from++;
            }
            while (from < j && (t.get(from).text().equals("the") || CONNECTORS.contains(t.get(from).text()))) {
                from++;
            }
            if (from < j) {
                splitAtAnd(t, from, j, out);
            }
            i = j;
        }
        return out;
    }

    boolean startable(Token x) {
        return x.isWord() && x.capitalized() && !MONTHS_DAYS.contains(x.text());
    }

    void splitAtAnd(List<Token> t, int from, int to, List<int[]> out) {
        for (int k = from + 1; k < to - 1; k++) {
            var x = t.get(k).text();
            if (!(x.equals("and") || x.equals("&"))) {
                continue;
            }
            boolean leftOf = false;
            for (int m = from; m < k; m++) {
                if (t.get(m).text().equals("of") && designatorIn(t, from, m)) {
                    leftOf = true;
                }
            }
            boolean generic = Lexicons.GENERIC_NAME_WORDS.contains(t.get(k + 1).lower());
            boolean rightNamed = designatorIn(t, k + 1, to) || organizationNames.longest(t, k + 1, to) != null;
            if (!(generic || leftOf && !rightNamed)) {
                out.add(trimPlaceTail(t, from, k));
                splitAtAnd(t, k + 1, to, out);
                return;
            }
        }
        out.add(trimPlaceTail(t, from, to));
    }

    /** "Research Center of X of the Tokyo university": the place belongs to the lowercase phrase after it. */
    int[] trimPlaceTail(List<Token> t, int from, int to) {
        if (to < t.size() && t.get(to).isWord() && !t.get(to).capitalized()) {
            for (int k = to - 1; k > from; k--) {
                if (t.get(k).text().equals("of")) {
                    int p = k + 1 < to && t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
                    var place = p < to ? lex.places.exactly(t, p, to) : null;
                    if (place != null) {
                        tailCountry.put(t.get(from).start(), place.country());
                        return new int[] {from, k};
                    }
                    break;
                }
            }
        }
        return new int[] {from, to};
    }

    boolean designatorIn(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (designatorAt(t, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the designator starting at token i (longest form), or null. */
    @Nullable String designatorAt(List<Token> t, int i, int to) {
        for (int n = Math.min(lex.longestDesignator, to - i); n >= 1; n--) {
            var words = new ArrayList<String>(n);
            for (int k = i; k < i + n; k++) {
                words.add(t.get(k).lower());
            }
            var kind = lex.designators.get(words);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** The kind a name's designators give it: a multi-word designator, else the head before "of", else the last one. */
    @Nullable String kindOfName(List<Token> t, int from, int to) {
        int of = -1;
        for (int i = from; i < to; i++) {
            if (t.get(i).text().equals("of")) {
                of = i;
                break;
            }
        }
        String last = null;
        String beforeOf = null;
        for (int i = from; i < to; i++) {
            for (int n = Math.min(lex.longestDesignator, to - i); n >= 2; n--) {
                var words = new ArrayList<String>(n);
                for (int k = i; k < i + n; k++) {
                    words.add(t.get(k).lower());
                }
                var kind = lex.designators.get(words);
                if (kind != null) {
                    return kind;
                }
            }
            var single = lex.designators.get(List.of(t.get(i).lower()));
            if (single != null) {
                last = single;
                if (of < 0 || i < of) {
                    beforeOf = single;
                }
            }
        }
        if (beforeOf != null) {
            return beforeOf;
        }
        if (last != null) {
            return last;
        }
        if (to - from == 1) {
            var w = t.get(from).lower();
            if (w.length() > 4 && w.endsWith("bank")) {
                return "corporation";
            }
        }
        return null;
    }

    int titleAt(List<Token> t, int i) {
        var candidates = lex.titlesByFirstWord.get(t.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        for (var title : candidates) {
            int n = title.size();
            if (i + n > t.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = t.get(i + k).lower().equals(title.get(k));
            }
            if (all) {
                return n;
            }
        }
        return 0;
    }

    @Nullable String countryInName(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            var d = lex.demonyms.get(t.get(i).lower());
            if (d != null) {
                return d;
            }
            var p = lex.places.longest(t, i, to);
            if (p != null && p.value().country() != null) {
                return p.value().country();
            }
        }
        return null;
    }
}
