package org.liaison.ingest.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads each sentence into mentions: organizations, people with their titles and roles, event
 * names, places and anaphors ("the park"), from the chunks and the words around them.
 */
final class MentionReader extends ArticleStage {

    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del",
            "la", "le", "bin", "al");
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "prof", "professor");

    private final NameChunker chunker;

    MentionReader(ArticleStage article, NameChunker chunker) {
        super(article);
        this.chunker = chunker;
    }

    void readSentence(Sent s) {
        var t = s.tokens;
        findAnaphors(s);
        findListContext(s);
        s.chunks = chunker.chunks(t);
        for (int[] c : s.chunks) {
            classify(s, c[0], c[1]);
        }
        // names in scripts without spaces: look the gazetteer's names up as substrings
        var raw = s.span.of(text);
        for (var e : cjkNames.entrySet()) {
            var n = e.getKey();
            int at = raw.indexOf(n);
            if (at >= 0) {
                var span = new Span(s.span.start() + at, s.span.start() + at + n.length());
                if (s.orgs.stream().noneMatch(o -> o.span.overlaps(span))) {
                    var m = orgMention(s, span, -1, -1);
                    m.link = e.getValue();
                }
            }
        }
    }

    void findAnaphors(Sent s) {
        var t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            var d = t.get(i).lower();
            if (!(d.equals("the") || d.equals("its") || d.equals("this"))) {
                continue;
            }
            var noun = t.get(i + 1).lower();
            if (ANAPHOR_NOUNS.containsKey(noun) && !(i + 2 < t.size() && t.get(i + 2).is("'s") && false)) {
                boolean followedByName = i + 2 < t.size() && t.get(i + 2).capitalized() && t.get(i + 2).isWord()
                        && !t.get(i + 1).capitalized();
                if (t.get(i + 1).capitalized() || followedByName) {
                    continue;
                }
                var a = new Anaphor();
                a.noun = noun;
                a.span = new Span(t.get(i).start(), t.get(i + 1).end());
                a.sentence = s.index;
                a.from = i;
                s.anaphors.add(a);
            }
        }
    }

    void findListContext(Sent s) {
        if (!s.lower.contains(" as ")) {
            return;
        }
        for (var d : lex.demonyms.keySet()) {
            int at = s.lower.indexOf(d + " ");
            if (at >= 0 && (at == 0 || !Character.isLetter(s.lower.charAt(at - 1)))) {
                int list = s.lower.indexOf("such as");
                if (list < 0) {
                    list = s.lower.indexOf(" as ");
                }
                if (list > at) {
                    s.listDemonym = lex.demonyms.get(d);
                }
            }
        }
    }

    void classify(Sent s, int from, int to) {
        var t = s.tokens;
        if (from >= to) {
            return;
        }
        var span = new Span(t.get(from).start(), endWithDot(t, to));
        // "A's B": B of A
        if (to < t.size() - 1 && possessive(t.get(to))) {
            var next = nextChunkStart(s, to + 1);
            if (next != null && chunker.designatorIn(t, next[0], next[1]) && (chunker.kindOfName(t, from, to) != null || organizationNames.exactly(t, from, to) != null)) {
                var whole = new Span(t.get(from).start(), t.get(next[1] - 1).end());
                var m = orgMention(s, whole, next[0], next[1]);
                m.surface = whole.of(text);
                m.aliasOf = t.get(next[0]).text().isEmpty() ? null
                        : new Span(t.get(next[0]).start(), t.get(next[1] - 1).end()).of(text) + " of "
                                + span.of(text);
                m.kindHint = chunker.kindOfName(t, next[0], next[1]);
                var owner = orgMention(s, span, from, to);
                owner.embedded = true;
                owner.link = organizationNames.exactly(t, from, to);
                s.unknown.add(new int[] {-1, -1}); // marks that the next chunk was consumed
                consumed.add(new Span(t.get(next[0]).start(), t.get(next[1] - 1).end()));
                return;
            }
        }
        var known = organizationNames.exactly(t, from, to);
        if (known != null) {
            orgMention(s, span, from, to).link = known;
            return;
        }
        var place = lex.places.exactly(t, from, to);
        if (place != null) {
            s.places.add(new PlaceM(place.name(), place.country(), place.isCountry(), span, from, to));
            return;
        }
        if (to - from == 1 && lex.adjectives.contains(t.get(from).lower())) {
            return;
        }
        var last = t.get(to - 1).lower();
        for (var e : lex.events) {
            if (e.named() && e.words().size() == 1 && e.words().getFirst().equals(last) && to - from >= 2) {
                s.eventNames.add(new Named(span.of(text), e.kind(), span, from));
                return;
            }
        }
        if (last.equals("fund") && to - from >= 2) {
            return; // a named fund, read by funds()
        }
        int title = chunker.titleAt(t, from);
        if (title > 0) {
            classifyTitled(s, from, to, title);
            return;
        }
        if (consumed.contains(span)) {
            return;
        }
        var kind = chunker.kindOfName(t, from, to);
        if (kind != null && !personShaped(s, from, to)) {
            var m = orgMention(s, span, from, to);
            m.kindHint = kind;
            if (m.countryHint == null) {
                m.countryHint = tailCountry.get(span.start());
            }
            embeddedAfterOf(s, from, to);
            return;
        }
        s.unknown.add(new int[] {from, to});
    }

    int @Nullable [] nextChunkStart(Sent s, int at) {
        if (s.chunks == null) {
            s.chunks = chunker.chunks(s.tokens);
        }
        for (int[] c : s.chunks) {
            if (c[0] == at) {
                return c;
            }
        }
        return null;
    }

    /** "Torch technopark of Tsinghua University" also names Tsinghua University. */
    void embeddedAfterOf(Sent s, int from, int to) {
        var t = s.tokens;
        for (int k = from + 1; k < to - 1; k++) {
            if (!t.get(k).text().equals("of")) {
                continue;
            }
            boolean headHasName = false;
            for (int m = from; m < k; m++) {
                var d = chunker.designatorAt(t, m, k);
                if (d != null) {
                    break;
                }
                if (!t.get(m).text().equals("the")) {
                    headHasName = true;
                }
            }
            int p = t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
            if (headHasName && p < to && chunker.designatorIn(t, from, k) && chunker.kindOfName(t, p, to) != null
                    && (to - p >= 2 || organizationNames.exactly(t, p, to) != null)
                    && lex.places.exactly(t, p, to) == null) {
                var m = orgMention(s, new Span(t.get(p).start(), endWithDot(t, to)), p, to);
                m.kindHint = chunker.kindOfName(t, p, to);
                m.embedded = true;
            }
            return;
        }
    }

    boolean personShaped(Sent s, int from, int to) {
        return false;
    }

    void classifyTitled(Sent s, int from, int to, int title) {
        var t = s.tokens;
        int rest = from + title;
        if (rest < to && t.get(rest - 1).text().equals("Dr") && false) {
            rest++;
        }
        var titleText = new Span(t.get(from).start(), t.get(rest - 1).end()).of(text);
        boolean honorific = HONORIFICS.contains(t.get(from).lower());
        if (rest >= to) {
            var role = roleTail(s, from, rest, titleText);
            s.roles.put(from, role);
            return;
        }
        if (t.get(rest).text().equals("of")) {
            int p = rest + 1 < to && t.get(rest + 1).text().equals("the") ? rest + 2 : rest + 1;
            OrgM org = null;
            String role = titleText;
            if (p < to) {
                var known = organizationNames.exactly(t, p, to);
                var kind = chunker.kindOfName(t, p, to);
                if (known != null || (kind != null && lex.places.exactly(t, p, to) == null)) {
                    org = orgMention(s, new Span(t.get(p).start(), endWithDot(t, to)), p, to);
                    org.link = known;
                    org.kindHint = kind;
                    embeddedAfterOf(s, p, to);
                } else {
                    role = new Span(t.get(from).start(), t.get(to - 1).end()).of(text);
                    for (int k = to - 2; k > p; k--) {
                        if (t.get(k).text().equals("of")) {
                            int q = t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
                            var tailKind = chunker.kindOfName(t, q, to);
                            var tailKnown = organizationNames.exactly(t, q, to);
                            if (q < to && (tailKind != null || tailKnown != null)
                                    && lex.places.exactly(t, q, to) == null) {
                                org = orgMention(s, new Span(t.get(q).start(), endWithDot(t, to)), q, to);
                                org.link = tailKnown;
                                org.kindHint = tailKind;
                                role = new Span(t.get(from).start(), t.get(k - 1).end()).of(text);
                            }
                            break;
                        }
                    }
                    if (org == null && t.get(from).is("Minister")) {
                        // "Minister of Higher Education of Jordan": the Ministry of Higher Education of Jordan
                        var span = new Span(t.get(from).start(), t.get(to - 1).end());
                        org = orgMention(s, span, from, to);
                        org.surface = "Ministry" + span.of(text).substring("Minister".length());
                        org.synthesized = true;
                        org.kindHint = "government body";
                        var country = chunker.countryInName(t, p, to);
                        org.countryHint = country;
                        role = withoutCountry(t, from, to);
                    }
                }
            }
            var r = new Role(role, from, to, org, null);
            s.roles.put(from, org == null ? roleTail(s, from, to, role) : r);
            return;
        }
        // title then a name: "President Viktor Vekselberg", "Professor Wang Hong"
        if (validPersonName(t, rest, to)) {
            var p = personMention(s, rest, to);
            p.role = honorific && !t.get(from).is("Professor") ? null : titleText;
            p.honorific = honorific;
            return;
        }
        s.roles.put(from, roleTail(s, from, to, new Span(t.get(from).start(), t.get(to - 1).end()).of(text)));
    }

    String withoutCountry(List<Token> t, int from, int to) {
        for (int k = to - 2; k > from; k--) {
            if (t.get(k).text().equals("of") && lex.places.exactly(t, k + 1, to) != null) {
                return new Span(t.get(from).start(), t.get(k - 1).end()).of(text);
            }
        }
        return new Span(t.get(from).start(), t.get(to - 1).end()).of(text);
    }

    /** A title chunk followed by "of the incubator" or "at Aurora Technology Park". */
    Role roleTail(Sent s, int from, int to, String role) {
        var t = s.tokens;
        int k = to;
        if (k < t.size() && (t.get(k).text().equals("of") || t.get(k).text().equals("at"))) {
            int p = k + 1 < t.size() && t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
            for (var a : s.anaphors) {
                if (a.from == p - 1 || a.from == p) {
                    return new Role(role, from, to, null, a);
                }
            }
            if (p < t.size()) {
                return new Role(role, from, to, pendingOrgAt(s, p), null);
            }
        }
        return new Role(role, from, to, null, null);
    }

    /** The organization mention that starts at token p, created now if the chunk there names one. */
    @Nullable OrgM pendingOrgAt(Sent s, int p) {
        for (var o : s.orgs) {
            if (o.from == p) {
                return o;
            }
        }
        var c = nextChunkStart(s, p);
        if (c == null) {
            return null;
        }
        var t = s.tokens;
        var known = organizationNames.exactly(t, c[0], c[1]);
        var kind = chunker.kindOfName(t, c[0], c[1]);
        if (known == null && kind == null) {
            return null;
        }
        var m = orgMention(s, new Span(t.get(c[0]).start(), endWithDot(t, c[1])), c[0], c[1]);
        m.link = known;
        m.kindHint = kind;
        consumed.add(m.span);
        return m;
    }

    int endWithDot(List<Token> t, int to) {
        int end = t.get(to - 1).end();
        var last = t.get(to - 1).lower();
        if (to < t.size() && t.get(to).text().equals(".") && t.get(to).start() == end
                && (last.equals("inc") || last.equals("ltd") || last.equals("co") || last.equals("corp"))) {
            return end + 1;
        }
        return end;
    }

    boolean validPersonName(List<Token> t, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            var x = t.get(i);
            if (NAME_PARTICLES.contains(x.text())) {
                continue;
            }
            if (!x.isWord() || !x.capitalized() || STOP.contains(x.text())
                    || lex.designators.containsKey(List.of(x.lower())) || lex.adjectives.contains(x.lower())
                    || (x.text().length() > 1 && x.text().equals(x.text().toUpperCase(Locale.ROOT)))) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 4 && lex.places.exactly(t, from, to) == null
                && organizationNames.exactly(t, from, to) == null;
    }

    OrgM orgMention(Sent s, Span span, int from, int to) {
        for (var o : s.orgs) {
            if (o.span.equals(span)) {
                return o;
            }
        }
        var m = new OrgM();
        m.span = span;
        m.surface = span.of(text);
        var n = normalize(m.surface).split(" ");
        var prefix = new StringBuilder();
        for (int i = 0; i < n.length - 1; i++) {
            prefix.append(i == 0 ? "" : " ").append(n[i]);
            orgPrefixes.add(prefix.toString());
        }
        m.sentence = s.index;
        m.from = from;
        m.to = to;
        s.orgs.add(m);
        return m;
    }

    PersonM personMention(Sent s, int from, int to) {
        var span = new Span(s.tokens.get(from).start(), s.tokens.get(to - 1).end());
        for (var p : s.people) {
            if (p.span.equals(span)) {
                return p;
            }
        }
        var p = new PersonM();
        p.span = span;
        p.surface = span.of(text);
        var words = p.surface.split(" ");
        if (words.length > 1) {
            surnames.add(words[words.length - 1]);
        }
        p.sentence = s.index;
        p.from = from;
        p.to = to;
        s.people.add(p);
        return p;
    }
}
