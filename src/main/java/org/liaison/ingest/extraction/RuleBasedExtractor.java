package org.liaison.ingest.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The default extractor: offline, rule-based and fast. Per sentence it chunks capitalized noun
 * phrases, types them with the gazetteer, the lexicons and the words around them (titles,
 * appositions such as ", a Dutch maker of", lists after "such as"), merges the forms of one
 * entity (a short form that starts a longer name, "A's B" for "B of A", "better known as"), and
 * then reads events, agreements, funds and intents from the sentences with the lexicons' phrasing.
 * Thread-safe: all state of one article lives in a {@code Run}.
 */
public final class RuleBasedExtractor implements Extractor {

    private static final Set<String> STOP = Set.of("The", "A", "An", "In", "On", "At", "Under", "During", "With", "For",
            "By", "From", "This", "That", "These", "Those", "Its", "Their", "Our", "We", "It", "He", "She", "They",
            "And", "But", "Also", "After", "Before", "About", "Brief", "Both", "Each", "All", "Some", "Other",
            "Various", "Opportunities", "Included", "Selected", "Speakers", "Representatives", "Startups",
            "Applications", "Organisers", "Organizers", "Contact", "Media", "Home", "News", "Visit", "If", "As", "When",
            "While", "Since", "According", "Meanwhile", "However", "Monthly", "PRESS", "RELEASE", "First", "Second",
            "Third", "Last", "Next", "New", "Source", "Sources", "Topics", "Tags", "Unsubscribe", "Update",
            "Read", "Share", "Menu", "Search", "Login", "Register", "Related", "Sorry", "Ten", "Twelve", "Five",
            "Sixteen", "Two", "Three", "Four", "Six", "Seven", "Eight", "Nine", "One", "More", "Most", "Many",
            "Why", "What", "How", "Who", "Where", "There", "Here", "Today", "Yesterday", "Tomorrow",
            "Mr", "Ms", "Mrs", "Dr", "Prof", "Professor", "CEO", "Agreement", "Memorandum", "USD", "EUR", "NOK", "CAD", "EGP", "RUB", "GBP");
    private static final Set<String> MONTHS_DAYS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");
    private static final Set<String> DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Its", "Their",
            "Our", "His", "Her");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "van", "von", "der", "den", "da",
            "di", "du", "del", "la", "le", "bin", "al", "on");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del",
            "la", "le", "bin", "al");
    private static final Set<String> LOWER_DESIGNATORS = Set.of("technopark", "incubator", "accelerator");
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "prof", "professor");
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
    private static final Map<String, String> ANAPHOR_NOUNS = Map.ofEntries(Map.entry("incubator", "incubator"),
            Map.entry("accelerator", "accelerator"), Map.entry("park", "technopark"),
            Map.entry("technopark", "technopark"), Map.entry("hub", "innovation hub"),
            Map.entry("district", "innovation hub"), Map.entry("campus", "innovation hub"),
            Map.entry("university", "university"), Map.entry("ministry", "government body"),
            Map.entry("foundation", "*foundation"), Map.entry("bank", "*bank"), Map.entry("company", "corporation"),
            Map.entry("firm", "corporation"), Map.entry("centre", "innovation hub"),
            Map.entry("center", "innovation hub"), Map.entry("institute", "research centre"),
            Map.entry("commission", "government body"), Map.entry("agency", "government body"));
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stated", "explained");
    private static final Set<String> SIGNING_VERBS = Set.of("sign", "signs", "signed", "signing", "conclude",
            "concluded", "agreed", "agree", "agrees", "form", "formed", "made", "inked", "entered", "licenses",
            "invests", "invested", "establishing");
    private static final Pattern PLANNED_AGREEMENT = Pattern.compile(
            "\\b(will sign|plans? to sign|to sign|expected to sign|intends? to sign|will be signed|would sign|is to sign|are to sign|agreed to form|will form|plan to form)\\b");
    private static final Pattern DISCUSSED = Pattern.compile(
            "\\b(discuss\\w*|negotiat\\w*|consider\\w*|talks|under discussion|explor\\w*|stud(y|ying|ies))\\b");
    private static final Pattern FUND_PLANNED = Pattern.compile(
            "\\b(plans? to|will|to be set up|expects? to|intends? to|proposed|would|aims? to|planned)\\b");
    private static final Pattern FUND_ESTABLISHED = Pattern.compile(
            "\\b(established|set up|launched|launch|first close|created|opened|has invested|reached)\\b");
    private static final Pattern PURPOSE = Pattern.compile(
            "\\bto (finance|invest in|support|fund|back|develop|help) ([^,.;:—]+)");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:USD|EUR|CAD|NOK|EGP|RUB|GBP|CHF|JPY|CNY|US\\$|\\$|€|£|¥)\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|bn|m)\\b)?"
                    + "|\\d[\\d,.]*\\s?(?:million|billion)\\s(?:dollars|euros|roubles|rubles|yuan|yen)");

    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.)]\\s");
    private static final Pattern KNOWN_AS = Pattern.compile("\\bknown as\\s*[‘'\"“]?\\s*$");

    private final Lexicons lex;
    private final NameIndex<Gazetteer.Entry> organizationNames = new NameIndex<>();
    private final Map<String, Gazetteer.Entry> organizationsByName = new HashMap<>();
    private final Map<String, Gazetteer.Entry> peopleByName = new HashMap<>();
    private final SentenceSplitter splitter;
    private final Map<String, Gazetteer.Entry> cjkNames = new HashMap<>();

    public RuleBasedExtractor(Gazetteer gazetteer) {
        this(gazetteer, Lexicons.standard());
    }

    public RuleBasedExtractor(Gazetteer gazetteer, Lexicons lexicons) {
        this.lex = lexicons;
        this.splitter = new SentenceSplitter(lexicons);
        var all = new ArrayList<>(gazetteer.entries());
        for (var e : all) {
            if (e.type() == Gazetteer.Type.PERSON) {
                peopleByName.putIfAbsent(normalize(e.name()), e);
                e.otherNames().forEach(n -> peopleByName.putIfAbsent(normalize(n), e));
            }
        }
        all.addAll(lexicons.knownOrganizations);
        for (var e : all) {
            if (e.type() != Gazetteer.Type.ORGANIZATION) {
                continue;
            }
            if (organizationsByName.putIfAbsent(normalize(e.name()), e) == null) {
                organizationNames.add(e.name(), e);
            }
            for (var n : e.otherNames()) {
                if (organizationsByName.putIfAbsent(normalize(n), e) == null) {
                    organizationNames.add(n, e);
                }
            }
        }
        organizationsByName.forEach((name, e) -> {
            if (!name.isEmpty() && (Character.isIdeographic(name.codePointAt(0))
                    || Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.KATAKANA)) {
                cjkNames.put(name, e);
            }
        });
    }

    @Override
    public Extraction extract(Article article) {
        return new Run(article.text(), article.publishedAt()).run();
    }

    /** Lowercase, curly apostrophes straight, quotes and punctuation as spaces, one space between words, no leading "the". */
    static String normalize(String name) {
        var out = new StringBuilder(name.length());
        boolean space = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '’') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || "«»\"“”‘,.()".indexOf(c) >= 0) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            out.append(Character.toLowerCase(c));
            space = false;
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        var s = out.toString();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    // ---------------------------------------------------------------- per-article state

    private static final class Sent {
        int index;
        Span span;
        List<Token> tokens;
        String lower;
        List<DateResolver.Found> dates;
        final List<OrgM> orgs = new ArrayList<>();
        final List<PersonM> people = new ArrayList<>();
        final List<Named> eventNames = new ArrayList<>();
        final List<PlaceM> places = new ArrayList<>();
        final List<Anaphor> anaphors = new ArrayList<>();
        final List<int[]> unknown = new ArrayList<>();
        final Map<Integer, Role> roles = new HashMap<>();
        boolean listItem;
        @Nullable String listDemonym;
        @Nullable List<int[]> chunks;
    }

    private static final class OrgM {
        Span span;
        String surface;
        int sentence;
        int from;
        int to;
        @Nullable String kindHint;
        @Nullable String countryHint;
        Gazetteer.@Nullable Entry link;
        boolean embedded;
        boolean synthesized;
        @Nullable OrgE entity;
        @Nullable String aliasOf;
    }

    private static final class PersonM {
        Span span;
        String surface;
        int sentence;
        int from;
        int to;
        @Nullable String role;
        boolean honorific;
        @Nullable OrgM org;
        @Nullable Anaphor orgAnaphor;
        boolean orgIsIts;
        boolean surnameOnly;
        @Nullable PersonE entity;
    }

    private record Named(String name, String kind, Span span, int from) {
    }

    private record PlaceM(String name, @Nullable String country, boolean isCountry, Span span, int from, int to) {
    }

    private static final class Anaphor {
        String noun;
        Span span;
        int sentence;
        int from;
        @Nullable OrgE resolved;
    }

    private record Role(String text, int from, int to, @Nullable OrgM org, @Nullable Anaphor anaphor) {
    }

    private static final class OrgE {
        String name;
        final LinkedHashSet<String> forms = new LinkedHashSet<>();
        String surface;
        String kind = "other";
        @Nullable String country;
        Gazetteer.@Nullable Entry link;
        double confidence;
        final List<OrgM> mentions = new ArrayList<>();
        int first = Integer.MAX_VALUE;
    }

    private static final class PersonE {
        String name;
        @Nullable String role;
        boolean roleHonorific = true;
        @Nullable OrgE org;
        Gazetteer.@Nullable Entry link;
        final List<PersonM> mentions = new ArrayList<>();
    }

    private final class Run {
        final String text;
        final @Nullable LocalDate published;
        final List<Sent> sentences = new ArrayList<>();
        final List<OrgE> orgs = new ArrayList<>();
        final List<PersonE> people = new ArrayList<>();
        final Set<String> surnames = new HashSet<>();
        final Set<String> orgPrefixes = new HashSet<>();

        Run(String text, @Nullable LocalDate published) {
            this.text = text;
            this.published = published;
        }

        Extraction run() {
            int index = 0;
            for (var span : splitter.split(text)) {
                var s = new Sent();
                s.index = index++;
                s.span = span;
                s.tokens = Tokenizer.tokens(text, span.start(), span.end());
                s.lower = span.of(text).toLowerCase(Locale.ROOT);
                s.dates = DateResolver.find(text, span, published);
                s.listItem = text.charAt(span.start()) == '-' || text.charAt(span.start()) == '*'
                        || text.charAt(span.start()) == '•' || LIST_NUMBER.matcher(span.of(text)).lookingAt();
                if (s.tokens.isEmpty()) {
                    continue;
                }
                sentences.add(s);
                readSentence(s);
            }
            for (var s : sentences) {
                resolveUnknown(s);
            }
            mergeOrganizations();
            mergePeople();
            resolveAnaphors();
            finishPeople();
            var events = events();
            var agreements = agreements();
            var funds = funds();
            var intents = intents();
            return new Extraction(organizationFacts(), personFacts(), events, agreements, funds, intents);
        }

        // ------------------------------------------------------------ reading a sentence

        void readSentence(Sent s) {
            var t = s.tokens;
            findAnaphors(s);
            findListContext(s);
            s.chunks = chunks(t);
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

        void classify(Sent s, int from, int to) {
            var t = s.tokens;
            if (from >= to) {
                return;
            }
            var span = new Span(t.get(from).start(), endWithDot(t, to));
            // "A's B": B of A
            if (to < t.size() - 1 && possessive(t.get(to))) {
                var next = nextChunkStart(s, to + 1);
                if (next != null && designatorIn(t, next[0], next[1]) && (kindOfName(t, from, to) != null || organizationNames.exactly(t, from, to) != null)) {
                    var whole = new Span(t.get(from).start(), t.get(next[1] - 1).end());
                    var m = orgMention(s, whole, next[0], next[1]);
                    m.surface = whole.of(text);
                    m.aliasOf = t.get(next[0]).text().isEmpty() ? null
                            : new Span(t.get(next[0]).start(), t.get(next[1] - 1).end()).of(text) + " of "
                                    + span.of(text);
                    m.kindHint = kindOfName(t, next[0], next[1]);
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
            int title = titleAt(t, from);
            if (title > 0) {
                classifyTitled(s, from, to, title);
                return;
            }
            if (consumed.contains(span)) {
                return;
            }
            var kind = kindOfName(t, from, to);
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

        final Set<Span> consumed = new HashSet<>();
        final Map<Integer, String> tailCountry = new HashMap<>();

        int @Nullable [] nextChunkStart(Sent s, int at) {
            if (s.chunks == null) {
                s.chunks = chunks(s.tokens);
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
                    var d = designatorAt(t, m, k);
                    if (d != null) {
                        break;
                    }
                    if (!t.get(m).text().equals("the")) {
                        headHasName = true;
                    }
                }
                int p = t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
                if (headHasName && p < to && designatorIn(t, from, k) && kindOfName(t, p, to) != null
                        && (to - p >= 2 || organizationNames.exactly(t, p, to) != null)
                        && lex.places.exactly(t, p, to) == null) {
                    var m = orgMention(s, new Span(t.get(p).start(), endWithDot(t, to)), p, to);
                    m.kindHint = kindOfName(t, p, to);
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
                    var kind = kindOfName(t, p, to);
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
                                var tailKind = kindOfName(t, q, to);
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
                            var country = countryInName(t, p, to);
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
            var kind = kindOfName(t, c[0], c[1]);
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

        // ------------------------------------------------------------ chunks without a designator

        void resolveUnknown(Sent s) {
            var t = s.tokens;
            for (int[] c : List.copyOf(s.unknown)) {
                int from = c[0];
                int to = c[1];
                if (from < 0 || consumed.contains(new Span(t.get(from).start(), t.get(to - 1).end()))) {
                    continue;
                }
                var span = new Span(t.get(from).start(), endWithDot(t, to));
                // a person by the words around the name
                if (validPersonName(t, from, to) && personContext(s, from, to)) {
                    var p = personMention(s, from, to);
                    attachRole(s, p);
                    continue;
                }
                // an organization by the words around the name
                String hint = orgContext(s, from, to);
                if (hint != null) {
                    var m = orgMention(s, span, from, to);
                    m.kindHint = hint.isEmpty() ? null : hint;
                    m.countryHint = s.listDemonym;
                    continue;
                }
                if (aliasContext(s, from)) {
                    var m = orgMention(s, span, from, to);
                    m.aliasOf = "";
                    continue;
                }
                // a short form of a name seen elsewhere: "Skolkovo", "Helix", "Vekselberg"
                var shortForm = span.of(text);
                if (to - from <= 2 && !STOP.contains(t.get(from).text())) {
                    if (surnameOfPerson(shortForm)) {
                        var p = personMention(s, from, to);
                        p.surnameOnly = true;
                    } else if (prefixOfOrganization(shortForm)) {
                        orgMention(s, span, from, to);
                    } else if (validPersonName(t, from, to) && (s.listItem || false)) {
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
                int n = titleAt(t, from - back);
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
                if (k < t.size() && titleAt(t, k) > 0) {
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
                if (r == null && titleAt(t, k) > 0) {
                    int n = titleAt(t, k);
                    r = roleTail(s, k, k + n, new Span(t.get(k).start(), t.get(k + n - 1).end()).of(text));
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

        @Nullable OrgM orgEndingAt(Sent s, int tokenIndex) {
            var end = s.tokens.get(tokenIndex - 1).end();
            for (var o : s.orgs) {
                if (o.span.end() == end) {
                    return o;
                }
            }
            return null;
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

        // ------------------------------------------------------------ entities

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
                if (known != null && designatorAt(nameTokens, known.length(), nameTokens.size()) != null) {
                    e.link = known.value();
                }
            }
            String kind = null;
            if (e.link != null && e.link.kind() != null) {
                kind = e.link.kind();
            }
            if (kind == null) {
                kind = kindOfName(nameTokens, 0, nameTokens.size());
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
                country = countryInName(nameTokens, 0, nameTokens.size());
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

        void mergePeople() {
            var byName = new LinkedHashMap<String, PersonE>();
            var all = new ArrayList<PersonM>();
            sentences.forEach(s -> all.addAll(s.people));
            all.sort(Comparator.comparing((PersonM p) -> p.span));
            for (var p : all) {
                if (p.surnameOnly) {
                    continue;
                }
                var e = byName.computeIfAbsent(normalize(p.surface), k -> {
                    var n = new PersonE();
                    n.name = p.surface;
                    n.link = peopleByName.get(k);
                    return n;
                });
                e.mentions.add(p);
                p.entity = e;
            }
            for (var p : all) {
                if (!p.surnameOnly) {
                    continue;
                }
                for (var e : byName.values()) {
                    if (e.name.endsWith(" " + p.surface)) {
                        e.mentions.add(p);
                        p.entity = e;
                        break;
                    }
                }
            }
            people.addAll(byName.values());
        }

        void resolveAnaphors() {
            var mentions = new ArrayList<OrgM>();
            sentences.forEach(s -> mentions.addAll(s.orgs));
            mentions.sort(Comparator.comparing((OrgM m) -> m.span));
            for (var s : sentences) {
                for (var a : s.anaphors) {
                    var want = ANAPHOR_NOUNS.get(a.noun);
                    for (int i = mentions.size() - 1; i >= 0; i--) {
                        var m = mentions.get(i);
                        if (m.span.start() >= a.span.start() || m.entity == null) {
                            continue;
                        }
                        var e = m.entity;
                        boolean fits = want.startsWith("*") ? e.name.toLowerCase(Locale.ROOT).contains(want.substring(1))
                                : e.kind.equals(want) || (a.noun.equals("centre") || a.noun.equals("center"))
                                        && e.kind.equals("research centre");
                        if (fits) {
                            a.resolved = e;
                            break;
                        }
                    }
                }
            }
        }

        void finishPeople() {
            for (var e : people) {
                e.mentions.sort(Comparator.comparing((PersonM p) -> p.span));
                for (var p : e.mentions) {
                    if (p.role != null && (e.role == null || e.roleHonorific && !p.honorific)) {
                        e.role = p.role;
                        e.roleHonorific = p.honorific;
                    }
                    if (e.org == null) {
                        if (p.org != null && p.org.entity != null) {
                            e.org = p.org.entity;
                        } else if (p.orgAnaphor != null && p.orgAnaphor.resolved != null) {
                            e.org = p.orgAnaphor.resolved;
                        } else if (p.orgIsIts) {
                            var s = sentence(p.sentence);
                            OrgM best = null;
                            for (var o : s.orgs) {
                                if (o.span.end() <= p.span.start() && !o.embedded) {
                                    best = o;
                                }
                            }
                            if (best != null) {
                                e.org = best.entity;
                            }
                        }
                    }
                }
            }
        }

        Sent sentence(int index) {
            for (var s : sentences) {
                if (s.index == index) {
                    return s;
                }
            }
            throw new IllegalStateException("no sentence " + index);
        }

        // ------------------------------------------------------------ facts

        /** Organizations of a sentence in text order: names, and anaphors such as "the park" once resolved. */
        List<Ref> refs(Sent s) {
            var out = new ArrayList<Ref>();
            for (var o : s.orgs) {
                if (o.entity != null) {
                    out.add(new Ref(o.span, o.entity, o.embedded));
                }
            }
            for (var a : s.anaphors) {
                if (a.resolved != null) {
                    out.add(new Ref(a.span, a.resolved, false));
                }
            }
            for (var p : s.people) {
                if (p.entity != null && p.entity.org != null) {
                    out.add(new Ref(p.span, p.entity.org, true));
                }
            }
            out.sort(Comparator.comparing(Ref::span));
            return out;
        }

        record Ref(Span span, OrgE org, boolean secondary) {
        }

        List<Extraction.Event> events() {
            var out = new ArrayList<Extraction.Event>();
            var named = new LinkedHashMap<String, Integer>();
            for (var s : sentences) {
                var date = s.dates.isEmpty() ? null : s.dates.getFirst();
                var place = placeOf(s);
                var participants = new ArrayList<String>();
                for (var p : s.people) {
                    if (p.entity != null && !participants.contains(p.entity.name)) {
                        participants.add(p.entity.name);
                    }
                }
                boolean planned = DateResolver.future(s.span.of(text)) || date != null && date.value() != null
                        && published != null && date.value().length() == 10
                        && LocalDate.parse(date.value()).isAfter(published);
                if (!s.eventNames.isEmpty()) {
                    var n = s.eventNames.getFirst();
                    var key = normalize(n.name());
                    var at = named.get(key);
                    if (at == null) {
                        named.put(key, out.size());
                        out.add(new Extraction.Event(n.kind(), n.name(), date == null ? null : date.text(),
                                date == null ? null : date.value(), place, participants, planned, s.span));
                    } else if (out.get(at).date() == null && date != null) {
                        var old = out.get(at);
                        out.set(at, new Extraction.Event(old.kind(), old.name(), date.text(), date.value(),
                                old.place() == null ? place : old.place(), union(old.participants(), participants),
                                old.planned(), old.sentence()));
                    }
                    continue;
                }
                if (date == null) {
                    continue;
                }
                var kind = eventKeyword(s);
                if (kind == null) {
                    continue;
                }
                if (kind.equals("signing") && place == null) {
                    continue;
                }
                merge(out, new Extraction.Event(kind, null, date.text(), date.value(), place, participants, planned,
                        s.span));
            }
            // signings of agreements with a place: "signed in Seoul last Thursday"
            return out;
        }

        void merge(List<Extraction.Event> events, Extraction.Event e) {
            var order = List.of("delegation", "visit", "meeting", "signing");
            for (int i = 0; i < events.size(); i++) {
                var o = events.get(i);
                if (o.name() == null && java.util.Objects.equals(o.date(), e.date()) && order.contains(o.kind())) {
                    var kind = order.indexOf(o.kind()) <= order.indexOf(e.kind()) ? o.kind() : e.kind();
                    events.set(i, new Extraction.Event(kind, null, o.dateText(), o.date(),
                            o.place() == null ? e.place() : o.place(), union(o.participants(), e.participants()),
                            o.planned(), o.sentence()));
                    return;
                }
            }
            events.add(e);
        }

        @Nullable String eventKeyword(Sent s) {
            var t = s.tokens;
            var priority = List.of("delegation", "visit", "meeting", "signing", "conference", "forum");
            String best = null;
            for (int i = 0; i < t.size(); i++) {
                for (var e : lex.events) {
                    int n = e.words().size();
                    if (i + n > t.size()) {
                        continue;
                    }
                    boolean all = true;
                    for (int k = 0; k < n && all; k++) {
                        all = t.get(i + k).lower().equals(e.words().get(k));
                    }
                    if (all && !(e.named() && n == 1 && !Set.of("forum", "conference", "summit", "seminar", "congress",
                            "symposium").contains(e.words().getFirst()))
                            && (best == null || priority.indexOf(e.kind()) < priority.indexOf(best))) {
                        best = e.kind();
                    }
                }
            }
            if ("signing".equals(best) || best == null) {
                if (agreementIn(s) != null && s.lower.contains("signed")) {
                    return "signing";
                }
            }
            return best;
        }

        @Nullable String placeOf(Sent s) {
            String country = null;
            for (var p : s.places) {
                if (!p.isCountry() && p.country() != null) {
                    return p.name();
                }
                if (country == null && p.isCountry()) {
                    country = null;
                }
            }
            return country;
        }

        Lexicons.@Nullable Phrase agreementIn(Sent s) {
            for (var p : lex.agreements) {
                int at = indexOfWord(s.lower, p.text());
                if (at < 0) {
                    continue;
                }
                if (p.text().equals("joint venture") && s.lower.startsWith(" fund", at + p.text().length())) {
                    continue;
                }
                if (p.text().equals("agreement") && s.lower.startsWith(" fund", at + p.text().length())) {
                    continue;
                }
                return p;
            }
            return null;
        }

        List<Extraction.Agreement> agreements() {
            var out = new ArrayList<Extraction.Agreement>();
            for (var s : sentences) {
                var p = agreementIn(s);
                if (p == null) {
                    continue;
                }
                boolean verb = s.tokens.stream().anyMatch(x -> SIGNING_VERBS.contains(x.lower()))
                        || p.text().contains(" ") && (p.text().startsWith("made") || p.text().startsWith("form"));
                if (!verb) {
                    continue;
                }
                String kind = p.kind();
                if (kind.equals("other") && (s.lower.contains("fund") || s.lower.contains("invest"))) {
                    kind = "investment";
                }
                String status;
                if (PLANNED_AGREEMENT.matcher(s.lower).find() && !s.lower.contains(" signed")) {
                    status = "planned";
                } else if (DISCUSSED.matcher(s.lower).find() && !s.lower.contains("signed")) {
                    status = "under discussion";
                } else {
                    status = "signed";
                }
                var parties = new ArrayList<String>();
                for (var r : refs(s)) {
                    if (!r.secondary() && !parties.contains(r.org().name)) {
                        parties.add(r.org().name);
                    }
                }
                if (parties.size() < 2) {
                    for (var r : refs(s)) {
                        if (!parties.contains(r.org().name)) {
                            parties.add(r.org().name);
                        }
                    }
                }
                if (parties.isEmpty()) {
                    continue;
                }
                var date = s.dates.isEmpty() ? null : s.dates.getFirst();
                var a = new Extraction.Agreement(kind, parties, date == null ? null : date.text(),
                        date == null ? null : date.value(), status, s.span);
                mergeAgreement(out, a);
            }
            return out;
        }

        void mergeAgreement(List<Extraction.Agreement> list, Extraction.Agreement a) {
            for (int i = 0; i < list.size(); i++) {
                var o = list.get(i);
                if (o.kind().equals(a.kind()) && o.parties().stream().anyMatch(a.parties()::contains)) {
                    var status = o.status().equals("signed") || a.status().equals("signed") ? "signed" : o.status();
                    list.set(i, new Extraction.Agreement(o.kind(), union(o.parties(), a.parties()),
                            o.date() == null ? a.dateText() : o.dateText(), o.date() == null ? a.date() : o.date(),
                            status, o.sentence()));
                    return;
                }
            }
            list.add(a);
        }

        List<Extraction.Fund> funds() {
            var out = new ArrayList<Extraction.Fund>();
            for (var s : sentences) {
                var t = s.tokens;
                for (int i = 0; i < t.size(); i++) {
                    var w = t.get(i);
                    if (!(w.lower().equals("fund"))) {
                        continue;
                    }
                    // ", an investment fund based in Bergen": a description of an organization
                    int d = i - 1;
                    while (d >= 0 && t.get(d).isWord() && !t.get(d).capitalized() && !t.get(d).is("a")
                            && !t.get(d).is("an") && !t.get(d).is("the") && !t.get(d).is("such")
                            && !t.get(d).is("this")) {
                        d--;
                    }
                    if (d >= 1 && (t.get(d).is("a") || t.get(d).is("an")) && t.get(d - 1).text().equals(",")
                            && !(d >= 2 && t.get(d - 2).lower().equals("fund"))) {
                        var before = orgEndingAt(s, d - 1);
                        if (before != null) {
                            continue;
                        }
                    }
                    String name;
                    boolean anaphor = d >= 0 && d == i - 1 && (t.get(d).is("the") || t.get(d).is("such")
                            || t.get(d).is("this") || t.get(d).is("a") && d >= 1 && t.get(d - 1).is("such"));
                    if (w.text().equals("Fund")) {
                        int f = i;
                        while (f > 0 && (t.get(f - 1).capitalized() && t.get(f - 1).isWord()
                                && !STOP.contains(t.get(f - 1).text()))) {
                            f--;
                        }
                        name = new Span(t.get(f).start(), w.end()).of(text);
                        anaphor = false;
                    } else {
                        int f = i;
                        while (f > 0 && t.get(f - 1).isWord() && !t.get(f - 1).capitalized()
                                && !Character.isDigit(t.get(f - 1).text().charAt(0))
                                && !Set.of("million", "billion").contains(t.get(f - 1).lower())
                                && !Set.of("a", "an", "the", "such", "this", "that", "of", "to", "up", "set", "and",
                                        "with", "in", "is", "be", "on", "its", "discussed", "established",
                                        "considering", "sponsoring", "launch", "for").contains(t.get(f - 1).lower())) {
                            f--;
                        }
                        name = new Span(t.get(f).start(), w.end()).of(text);
                        if (f == i && !anaphor) {
                            continue;
                        }
                    }
                    var status = fundStatus(s);
                    var sponsors = new ArrayList<String>();
                    for (var r : refs(s)) {
                        if (!r.secondary() && !sponsors.contains(r.org().name)) {
                            sponsors.add(r.org().name);
                        }
                    }
                    var purpose = matchAfter(PURPOSE, s, w.end());
                    var amount = matchIn(AMOUNT, s);
                    if (anaphor && !out.isEmpty()) {
                        var o = out.getLast();
                        out.set(out.size() - 1, new Extraction.Fund(o.name(), union(o.sponsors(), sponsors),
                                status == null ? o.status() : strongerStatus(o.status(), status),
                                o.purpose() == null ? purpose : o.purpose(), o.amount() == null ? amount : o.amount(),
                                o.sentence()));
                        break;
                    }
                    if (anaphor) {
                        continue;
                    }
                    if (sponsors.isEmpty() && !orgs.isEmpty() && mainActor().mentions.size() >= 3) {
                        sponsors.add(mainActor().name); // "a joint fund is being considered": the article's protagonist
                    }
                    var existing = out.stream().filter(f -> normalize(f.name()).equals(normalize(name))).findFirst();
                    if (existing.isPresent()) {
                        break;
                    }
                    if (w.text().equals("Fund") && out.size() == 1 && !out.getFirst().name().contains("Fund")) {
                        var o = out.getFirst();
                        out.set(0, new Extraction.Fund(name, union(o.sponsors(), sponsors),
                                status == null ? o.status() : status, o.purpose() == null ? purpose : o.purpose(),
                                o.amount() == null ? amount : o.amount(), s.span));
                        break;
                    }
                    out.add(new Extraction.Fund(name, sponsors, status == null ? "under discussion" : status, purpose,
                            amount, s.span));
                    break;
                }
            }
            return out;
        }

        String strongerStatus(String old, String now) {
            return old.equals("established") ? old : now;
        }

        @Nullable String fundStatus(Sent s) {
            if (DISCUSSED.matcher(s.lower).find()) {
                return "under discussion";
            }
            if (FUND_PLANNED.matcher(s.lower).find()) {
                return "planned";
            }
            if (FUND_ESTABLISHED.matcher(s.lower).find()) {
                return "established";
            }
            return null;
        }

        @Nullable String matchAfter(Pattern p, Sent s, int from) {
            var raw = s.span.of(text);
            var m = p.matcher(raw);
            if (m.find(Math.max(0, from - s.span.start()))) {
                return (m.group(1) + " " + m.group(2)).strip();
            }
            return null;
        }

        @Nullable String matchIn(Pattern p, Sent s) {
            var m = p.matcher(s.span.of(text));
            return m.find() ? m.group().strip() : null;
        }

        OrgE mainActor() {
            OrgE best = orgs.getFirst();
            for (var e : orgs) {
                if (e.mentions.size() > best.mentions.size()) {
                    best = e;
                }
            }
            return best;
        }

        List<Extraction.Intent> intents() {
            var out = new ArrayList<Extraction.Intent>();
            for (var s : sentences) {
                for (var p : lex.intents) {
                    int at = indexOfWord(s.lower, p.text());
                    if (at < 0) {
                        continue;
                    }
                    int abs = s.span.start() + at;
                    OrgE actor = null;
                    int actorPos = -1;
                    for (var r : refs(s)) {
                        if (r.span().end() <= abs && r.span().start() > actorPos && !embeddedOnly(r)) {
                            actor = r.org();
                            actorPos = r.span().start();
                        }
                    }
                    if (actor == null && !orgs.isEmpty()) {
                        actor = mainActor();
                    }
                    var targets = new ArrayList<String>();
                    int clauseEnd = clauseEnd(s, abs + p.text().length(), p.kind().equals("plans investment"));
                    for (var r : refs(s)) {
                        if (r.span().start() >= abs + p.text().length() && r.span().start() < clauseEnd
                                && !r.secondary() && r.org() != actor
                                && !isEmbeddedMention(s, r) && !targets.contains(r.org().name)) {
                            targets.add(r.org().name);
                        }
                    }
                    if (actor == null || targets.isEmpty() && !p.kind().equals("plans investment")) {
                        break;
                    }
                    var intent = new Extraction.Intent(List.of(actor.name), p.kind(), targets, s.span);
                    boolean merged = false;
                    for (int i = 0; i < out.size(); i++) {
                        var o = out.get(i);
                        if (o.actors().equals(intent.actors()) && o.kind().equals(intent.kind())) {
                            out.set(i, new Extraction.Intent(o.actors(), o.kind(), union(o.targets(), targets),
                                    o.sentence()));
                            merged = true;
                        }
                    }
                    if (!merged) {
                        out.add(intent);
                    }
                    break;
                }
            }
            return out;
        }

        /** Where the clause after {@code from} ends: a comma before a lowercase word other than "and"/"or". */
        int clauseEnd(Sent s, int from, boolean firstComma) {
            var t = s.tokens;
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).start() < from || !t.get(i).text().equals(",")) {
                    continue;
                }
                var next = t.get(i + 1);
                if (firstComma || next.isWord() && !next.capitalized() && !next.is("and") && !next.is("or")) {
                    return t.get(i).start();
                }
            }
            return s.span.end();
        }

        boolean embeddedOnly(Ref r) {
            return false;
        }

        boolean isEmbeddedMention(Sent s, Ref r) {
            for (var o : s.orgs) {
                if (o.span.equals(r.span())) {
                    return o.embedded && !o.surface.contains("'s") && !o.surface.contains("’s");
                }
            }
            return false;
        }

        // ------------------------------------------------------------ output

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

        List<Extraction.Person> personFacts() {
            var out = new ArrayList<Extraction.Person>();
            for (var e : people) {
                var mentions = e.mentions.stream().map(m -> m.span).distinct().toList();
                var sentencesOf = e.mentions.stream().map(m -> sentence(m.sentence).span).distinct().toList();
                var id = e.link == null ? null : e.link.id();
                out.add(new Extraction.Person(e.name, e.role, e.org == null ? null : e.org.name, id,
                        id == null ? 0 : 1.0, mentions, sentencesOf));
            }
            return out;
        }
    }

    static boolean possessive(Token t) {
        return t.text().equals("'s") || t.text().equals("’s");
    }

    static int indexOfWord(String haystack, String needle) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return -1;
            }
            boolean left = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            int end = at + needle.length();
            boolean right = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return at;
            }
            from = at + 1;
        }
    }

    static List<String> union(List<String> a, List<String> b) {
        var out = new ArrayList<>(a);
        for (var x : b) {
            if (!out.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }
}
