package org.liaison.ingest.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides what the chunks without a designator are, once every sentence was read: people (a
 * title, speech, a known surname), organizations (the words around them, an alias, a known
 * prefix), or nothing.
 */
final class BareNameReader extends ArticleStage {

    private static final Set<String> LIST_MARKERS = Set.of("such as", "including", "as", "among them", "among",
            "representatives of", "managers of", "like");
    private static final Map<String, String> ORG_NOUNS = Map.ofEntries(Map.entry("maker", "corporation"),
            Map.entry("developer", "corporation"), Map.entry("supplier", "corporation"),
            Map.entry("startup", "corporation"), Map.entry("start-up", "corporation"),
            Map.entry("company", "corporation"), Map.entry("companies", "corporation"), Map.entry("firm", "corporation"),
            Map.entry("producer", "corporation"), Map.entry("provider", "corporation"),
            Map.entry("manufacturer", "corporation"), Map.entry("spin-off", "corporation"),
            Map.entry("operator", "corporation"), Map.entry("corporation", "corporation"),
            Map.entry("corporations", "corporation"), Map.entry("group", "corporation"),
            Map.entry("retailer", "corporation"), Map.entry("non-profit", "other"), Map.entry("nonprofit", "other"),
            Map.entry("bank", "investment fund"), Map.entry("investor", "investment fund"),
            Map.entry("association", "business association"), Map.entry("incubator", "incubator"),
            Map.entry("accelerator", "accelerator"), Map.entry("hub", "innovation hub"),
            Map.entry("technopark", "technopark"), Map.entry("university", "university"),
            Map.entry("institute", "research centre"), Map.entry("agency", "government body"),
            Map.entry("ministry", "government body"));
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stated", "explained");
    private static final Pattern KNOWN_AS = Pattern.compile("\\bknown as\\s*[‘'\"“]?\\s*$");

    private final NameChunker chunker;
    private final MentionReader reader;

    BareNameReader(ArticleStage article, NameChunker chunker, MentionReader reader) {
        super(article);
        this.chunker = chunker;
        this.reader = reader;
    }

    void resolveUnknown(Sent s) {
        var t = s.tokens;
        for (int[] c : List.copyOf(s.unknown)) {
            int from = c[0];
            int to = c[1];
            if (from < 0 || consumed.contains(new Span(t.get(from).start(), t.get(to - 1).end()))) {
                continue;
            }
            var span = new Span(t.get(from).start(), reader.endWithDot(t, to));
            // a person by the words around the name
            if (reader.validPersonName(t, from, to) && personContext(s, from, to)) {
                var p = reader.personMention(s, from, to);
                attachRole(s, p);
                continue;
            }
            // an organization by the words around the name
            String hint = orgContext(s, from, to);
            if (hint != null) {
                var m = reader.orgMention(s, span, from, to);
                m.kindHint = hint.isEmpty() ? null : hint;
                m.countryHint = s.listDemonym;
                continue;
            }
            if (aliasContext(s, from)) {
                var m = reader.orgMention(s, span, from, to);
                m.aliasOf = "";
                continue;
            }
            // a short form of a name seen elsewhere: "Skolkovo", "Helix", "Vekselberg"
            var shortForm = span.of(text);
            if (to - from <= 2 && !STOP.contains(t.get(from).text())) {
                if (surnameOfPerson(shortForm)) {
                    var p = reader.personMention(s, from, to);
                    p.surnameOnly = true;
                } else if (prefixOfOrganization(shortForm)) {
                    reader.orgMention(s, span, from, to);
                } else if (reader.validPersonName(t, from, to) && (s.listItem || false)) {
                    // names in list items without context stay unknown
                }
            }
        }
        for (var p : s.people) {
            if (p.role == null || p.honorific) {
                attachRole(s, p);
            }
        }
    }

    boolean personContext(Sent s, int from, int to) {
        var t = s.tokens;
        if (from > 0 && SPEECH.contains(t.get(from - 1).lower())) {
            return true;
        }
        if (to < t.size() && SPEECH.contains(t.get(to).lower())) {
            return true;
        }
        // a title just before: "Dr. Anna Kowalczyk", "Professor Sanne Bakker"
        for (int back = 1; back <= 3 && from - back >= 0; back++) {
            int n = chunker.titleAt(t, from - back);
            if (n == back) {
                return true;
            }
        }
        // ", Title" after, or "Title ..., Name" before
        if (to + 1 < t.size() && t.get(to).text().equals(",")) {
            int k = to + 1;
            if (t.get(k).is("its") || t.get(k).is("the") || t.get(k).is("their")) {
                k++;
            }
            if (k < t.size() && chunker.titleAt(t, k) > 0) {
                return true;
            }
        }
        if (from >= 2 && t.get(from - 1).text().equals(",")) {
            for (var r : s.roles.values()) {
                if (r.to() == from - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    void attachRole(Sent s, PersonM p) {
        var t = s.tokens;
        int to = p.to;
        if (to + 1 < t.size() && t.get(to).text().equals(",")) {
            int k = to + 1;
            boolean its = false;
            if (t.get(k).is("its") || t.get(k).is("their")) {
                its = true;
                k++;
            } else if (t.get(k).is("the")) {
                k++;
            }
            var r = s.roles.get(k);
            if (r == null && chunker.titleAt(t, k) > 0) {
                int n = chunker.titleAt(t, k);
                r = reader.roleTail(s, k, k + n, new Span(t.get(k).start(), t.get(k + n - 1).end()).of(text));
                s.roles.put(k, r);
            }
            if (r != null) {
                p.role = r.text();
                p.honorific = false;
                p.org = r.org();
                p.orgAnaphor = r.anaphor();
                p.orgIsIts = its && r.org() == null && r.anaphor() == null;
                return;
            }
        }
        if (p.from >= 2 && t.get(p.from - 1).text().equals(",")) {
            for (var r : s.roles.values()) {
                if (r.to() == p.from - 1) {
                    p.role = r.text();
                    p.honorific = false;
                    p.org = r.org();
                    p.orgAnaphor = r.anaphor();
                    if (r.org() == null && r.from() >= 2 && possessive(t.get(r.from() - 1))) {
                        p.org = orgEndingAt(s, r.from() - 1);
                    }
                    return;
                }
            }
        }
    }

    /** Why a bare name is an organization: "" when no kind can be told, null when it is not one. */
    @Nullable String orgContext(Sent s, int from, int to) {
        var t = s.tokens;
        // ", a Dutch maker of", ", an investment fund", ", a Latvian non-profit"
        if (to + 1 < t.size() && t.get(to).text().equals(",")
                && (t.get(to + 1).is("a") || t.get(to + 1).is("an") || t.get(to + 1).is("the"))) {
            for (int k = to + 2; k < Math.min(t.size(), to + 9); k++) {
                var w = t.get(k).lower();
                if (w.equals(",") || w.equals(".")) {
                    break;
                }
                var kind = ORG_NOUNS.get(w);
                if (kind != null) {
                    return kind;
                }
            }
        }
        // "Japanese corporation Hitachi", "Chinese telecom company ZTE"
        if (from >= 1 && !t.get(from - 1).capitalized()) {
            var kind = ORG_NOUNS.get(t.get(from - 1).text());
            if (kind != null) {
                return kind;
            }
        }
        // a list after "such as", "including"
        var before = s.span.of(text).substring(0, t.get(from).start() - s.span.start()).toLowerCase(Locale.ROOT);
        for (var marker : LIST_MARKERS) {
            int at = before.lastIndexOf(marker + " ");
            if (at >= 0 && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                var between = before.substring(at + marker.length());
                if (between.indexOf('.') < 0 && between.indexOf(';') < 0 && between.indexOf(':') < 0
                        && between.length() < 160
                        && (!marker.equals("as") || before.contains("such"))) {
                    return "corporation";
                }
            }
        }
        // list items: "- Borealis Photonics, a maker of laser sensors", "1. Pacific Innovation Alliance (Peru)"
        if (s.listItem && s.orgs.stream().noneMatch(o -> o.from < from)) {
            return "";
        }
        // "(Peru)" after the name
        if (to + 2 < t.size() && t.get(to).text().equals("(") && lex.places.exactly(t, to + 1, to + 2) != null) {
            return "";
        }
        // subject of what organizations do
        if (from == 0 || (from == 1 && t.get(0).is("the"))) {
            if (to < t.size()) {
                var v = t.get(to).lower();
                if (Set.of("signed", "announced", "denied", "joins", "joined", "raised", "launched", "licenses",
                        "invests", "expands", "acquires", "hosted", "welcomed", "opened").contains(v)) {
                    return "";
                }
                if (to + 1 < t.size() && v.equals("has") && Set.of("joined", "made", "signed", "opened", "launched",
                        "raised").contains(t.get(to + 1).lower())) {
                    return "";
                }
            }
        }
        return null;
    }

    boolean aliasContext(Sent s, int from) {
        var before = s.span.of(text).substring(0, s.tokens.get(from).start() - s.span.start());
        return KNOWN_AS.matcher(before).find();
    }

    boolean surnameOfPerson(String form) {
        return surnames.contains(form);
    }

    boolean prefixOfOrganization(String form) {
        var f = normalize(form);
        if (f.length() < 3) {
            return false;
        }
        return orgPrefixes.contains(f) || organizationsByName.containsKey(f);
    }
}
