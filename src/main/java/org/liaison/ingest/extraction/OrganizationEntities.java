package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Merges the mentions of one organization into an entity (a short form starting a longer name,
 * "A's B" for "B of A", "better known as"), gives it its name, kind, country and confidence, and
 * turns the entities into facts.
 */
final class OrganizationEntities extends ArticleStage {

    private final NameChunker chunker;

    OrganizationEntities(ArticleStage article, NameChunker chunker) {
        super(article);
        this.chunker = chunker;
    }

    void mergeOrganizations() {
        var all = new ArrayList<OrgM>();
        sentences.forEach(s -> all.addAll(s.orgs));
        all.sort(Comparator.comparing((OrgM m) -> m.span));
        // aliases by "known as": the organization mentioned before
        OrgM previous = null;
        for (var m : all) {
            if ("".equals(m.aliasOf) && previous != null) {
                m.aliasOf = previous.surface;
            }
            if (m.aliasOf == null || !m.aliasOf.isEmpty()) {
                previous = m;
            }
        }
        var byKey = new LinkedHashMap<String, OrgE>();
        for (var m : all) {
            if (m.link == null) {
                var linked = organizationsByName.get(normalize(m.surface));
                if (linked != null) {
                    m.link = linked;
                }
            }
        }
        for (var m : all) {
            var key = m.link != null ? "id:" + m.link.id() : "n:" + normalize(m.surface);
            if (m.aliasOf != null && !m.aliasOf.isEmpty()) {
                var target = byKey.get("n:" + normalize(m.aliasOf));
                if (target == null) {
                    for (var e : byKey.values()) {
                        if (e.forms.stream().anyMatch(f -> normalize(f).equals(normalize(m.aliasOf)))) {
                            target = e;
                        }
                    }
                }
                if (target != null) {
                    add(target, m);
                    byKey.putIfAbsent(key, target);
                    continue;
                }
                if (m.from >= 0 && m.surface.contains("'s") || m.surface.contains("’s")) {
                    key = "n:" + normalize(m.aliasOf);
                }
            }
            var e = byKey.get(key);
            if (e == null) {
                e = new OrgE();
                byKey.put(key, e);
            }
            add(e, m);
            if (m.aliasOf != null && !m.aliasOf.isEmpty() && (m.surface.contains("'s ") || m.surface.contains("’s "))) {
                e.forms.add(m.aliasOf);
                byKey.putIfAbsent("n:" + normalize(m.aliasOf), e);
            }
        }
        var entities = new ArrayList<>(new LinkedHashSet<>(byKey.values()));
        var absorbed = new HashSet<OrgE>();
        for (var small : entities) {
            var a = normalize(longest(small)).split(" ");
            if (a.length < 2) {
                continue;
            }
            for (var big : entities) {
                if (big == small || absorbed.contains(big)) {
                    continue;
                }
                var b = normalize(longest(big)).split(" ");
                if (b.length > a.length && b[0].equals(a[0]) && b[b.length - 1].equals(a[a.length - 1])
                        && subsequence(a, b) && (small.link == null || big.link == null)) {
                    for (var m : small.mentions) {
                        add(big, m);
                    }
                    absorbed.add(small);
                    break;
                }
            }
        }
        entities.removeAll(absorbed);
        // a short form that starts exactly one longer name is that organization
        entities.sort(Comparator.comparingInt(e -> longest(e).length()));
        var merged = new HashSet<OrgE>();
        for (var small : entities) {
            var f = normalize(longest(small));
            OrgE target = null;
            int candidates = 0;
            for (var big : entities) {
                if (big == small || merged.contains(big)) {
                    continue;
                }
                boolean starts = big.forms.stream().anyMatch(g -> normalize(g).startsWith(f + " "));
                if (starts) {
                    candidates++;
                    target = big;
                }
            }
            if (candidates == 1 && (small.link == null || target.link == null || small.link == target.link)) {
                for (var m : small.mentions) {
                    add(target, m);
                }
                if (target.link == null) {
                    target.link = small.link;
                }
                merged.add(small);
            }
        }
        entities.removeAll(merged);
        for (var e : entities) {
            finish(e);
            orgs.add(e);
        }
        // "Torch technopark of Tsinghua University" is where Tsinghua University is
        for (var e : orgs) {
            if (e.country != null) {
                continue;
            }
            for (var other : orgs) {
                if (other != e && other.country != null && e.name.endsWith(" of " + other.name)) {
                    e.country = other.country;
                }
            }
        }
        orgs.sort(Comparator.comparingInt(e -> e.first));
    }

    boolean subsequence(String[] a, String[] b) {
        int i = 0;
        for (var w : b) {
            if (i < a.length && a[i].equals(w)) {
                i++;
            }
        }
        return i == a.length;
    }

    void add(OrgE e, OrgM m) {
        e.mentions.add(m);
        m.entity = e;
        if (!m.synthesized || e.forms.isEmpty()) {
            e.forms.add(m.surface);
        } else {
            e.forms.add(m.surface);
        }
        if (m.link != null && e.link == null) {
            e.link = m.link;
        }
        e.first = Math.min(e.first, m.span.start());
    }

    String longest(OrgE e) {
        String best = "";
        for (var f : e.forms) {
            if (!f.contains("'s ") && !f.contains("’s ") && f.length() > best.length()) {
                best = f;
            }
        }
        return best.isEmpty() ? e.forms.iterator().next() : best;
    }

    void finish(OrgE e) {
        e.name = longest(e);
        e.mentions.sort(Comparator.comparing((OrgM m) -> m.span));
        e.surface = e.mentions.stream().filter(m -> !m.synthesized).map(m -> m.surface).findFirst()
                .orElse(e.name);
        var nameTokens = Tokenizer.tokens(e.name, 0, e.name.length());
        if (e.link == null && nameTokens.size() > 1) {
            var known = organizationNames.longest(nameTokens, 0, nameTokens.size());
            if (known != null && chunker.designatorAt(nameTokens, known.length(), nameTokens.size()) != null) {
                e.link = known.value();
            }
        }
        String kind = null;
        if (e.link != null && e.link.kind() != null) {
            kind = e.link.kind();
        }
        if (kind == null) {
            kind = chunker.kindOfName(nameTokens, 0, nameTokens.size());
        }
        if (kind == null) {
            for (var m : e.mentions) {
                if (m.kindHint != null) {
                    kind = m.kindHint;
                    break;
                }
            }
        }
        e.kind = kind == null ? "corporation" : kind;
        String country = e.link != null ? e.link.country() : null;
        if (country == null) {
            country = chunker.countryInName(nameTokens, 0, nameTokens.size());
        }
        if (country == null) {
            for (var m : e.mentions) {
                if (m.countryHint != null) {
                    country = m.countryHint;
                    break;
                }
                var c = countryAround(m);
                if (c != null) {
                    country = c;
                    break;
                }
            }
        }
        e.country = country;
        e.confidence = confidence(e);
    }

    double confidence(OrgE e) {
        if (e.link == null || e.link.id().startsWith("lexicon:")) {
            return 0;
        }
        var n = normalize(e.name);
        if (normalize(e.link.name()).equals(n)) {
            return 1.0;
        }
        if (e.link.otherNames().stream().anyMatch(o -> normalize(o).equals(n))) {
            return 0.9;
        }
        return 0.75;
    }

    /** "X in Kenya", "X from Brazil", "X (Peru)", "X, the Norwegian technopark", "the Lebanon-based X". */
    @Nullable String countryAround(OrgM m) {
        if (m.from < 0) {
            return null;
        }
        var s = sentences.stream().filter(x -> x.index == m.sentence).findFirst().orElseThrow();
        var t = s.tokens;
        if (m.from > 0) {
            var prev = t.get(m.from - 1).text();
            if (prev.endsWith("-based")) {
                var place = prev.substring(0, prev.length() - "-based".length());
                var toks = Tokenizer.tokens(place, 0, place.length());
                var p = lex.places.exactly(toks, 0, toks.size());
                if (p != null) {
                    return p.country();
                }
            }
            for (int back = 1; back <= 3 && m.from - back >= 0; back++) {
                var d = lex.demonyms.get(t.get(m.from - back).lower());
                if (d != null) {
                    return d;
                }
                if (!t.get(m.from - back).isWord() || t.get(m.from - back).capitalized()) {
                    break;
                }
            }
        }
        int k = m.to;
        if (k + 2 < t.size() && t.get(k).text().equals(",")
                && (t.get(k + 1).is("a") || t.get(k + 1).is("an") || t.get(k + 1).is("the"))) {
            // a description up to the next comma: ", the largest startup campus in Kenya", ", a Dutch maker"
            for (int i = k + 2; i < t.size() && !t.get(i).text().equals(","); i++) {
                var d = lex.demonyms.get(t.get(i).lower());
                if (d != null) {
                    return d;
                }
                if ((t.get(i - 1).is("in") || t.get(i - 1).is("from") || t.get(i - 1).is("of")) && !insideOrg(s, t.get(i))) {
                    var c = placeCountry(t, i);
                    if (c != null) {
                        return c;
                    }
                }
            }
            return null;
        }
        if (k < t.size() && t.get(k).is("based")) {
            k++;
        }
        if (k + 1 < t.size() && (t.get(k).is("in") || t.get(k).is("from") || t.get(k).is("of")
                || t.get(k).text().equals("("))) {
            k++;
            if (t.get(k).is("the")) {
                k++;
            }
            return k < t.size() ? placeCountry(t, k) : null;
        }
        return null;
    }

    /** The country of the place named at token k; for "Cairo, Egypt" the country named after the city. */
    @Nullable String placeCountry(List<Token> t, int k) {
        var p = lex.places.longest(t, k, t.size());
        if (p == null || p.value().country() == null) {
            return null;
        }
        int after = k + p.length();
        if (!p.value().isCountry() && after + 1 < t.size() && t.get(after).text().equals(",")) {
            var q = lex.places.longest(t, after + 1, t.size());
            if (q != null && q.value().isCountry() && q.value().country() != null) {
                return q.value().country();
            }
        }
        return p.value().country();
    }

    boolean insideOrg(Sent s, Token w) {
        var span = new Span(w.start(), w.end());
        return s.orgs.stream().anyMatch(o -> o.span.contains(span));
    }

    List<Extraction.Organization> organizationFacts() {
        var out = new ArrayList<Extraction.Organization>();
        for (var e : orgs) {
            var aliases = new ArrayList<String>();
            for (var f : e.forms) {
                if (!f.equals(e.surface) && !aliases.contains(f)) {
                    aliases.add(f);
                }
            }
            if (!e.name.equals(e.surface) && !aliases.contains(e.name)) {
                aliases.add(0, e.name);
            }
            var id = e.link == null || e.link.id().startsWith("lexicon:") ? null : e.link.id();
            var mentions = e.mentions.stream().map(m -> m.span).distinct().toList();
            var sentencesOf = e.mentions.stream().map(m -> sentence(m.sentence).span).distinct().toList();
            out.add(new Extraction.Organization(e.name, e.surface, aliases, e.kind, e.country, id, e.confidence,
                    mentions, sentencesOf));
        }
        return out;
    }
}
