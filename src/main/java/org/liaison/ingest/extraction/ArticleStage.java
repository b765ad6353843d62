package org.liaison.ingest.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One stage of the {@link RuleBasedExtractor}'s reading of an article. Every stage of one reading
 * shares its state: the text, the sentences with their mentions, and the entities merged from them
 * (the per-article state; an extractor holds none, so it stays thread-safe). Also the mention and
 * entity types, the words several stages use, and the helpers they share.
 */
abstract class ArticleStage {

    static final Set<String> STOP = Set.of("The", "A", "An", "In", "On", "At", "Under", "During", "With", "For",
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
    static final Map<String, String> ANAPHOR_NOUNS = Map.ofEntries(Map.entry("incubator", "incubator"),
            Map.entry("accelerator", "accelerator"), Map.entry("park", "technopark"),
            Map.entry("technopark", "technopark"), Map.entry("hub", "innovation hub"),
            Map.entry("district", "innovation hub"), Map.entry("campus", "innovation hub"),
            Map.entry("university", "university"), Map.entry("ministry", "government body"),
            Map.entry("foundation", "*foundation"), Map.entry("bank", "*bank"), Map.entry("company", "corporation"),
            Map.entry("firm", "corporation"), Map.entry("centre", "innovation hub"),
            Map.entry("center", "innovation hub"), Map.entry("institute", "research centre"),
            Map.entry("commission", "government body"), Map.entry("agency", "government body"));
    static final Pattern DISCUSSED = Pattern.compile(
            "\\b(discuss\\w*|negotiat\\w*|consider\\w*|talks|under discussion|explor\\w*|stud(y|ying|ies))\\b");

    final Lexicons lex;
    final NameIndex<Gazetteer.Entry> organizationNames;
    final Map<String, Gazetteer.Entry> organizationsByName;
    final Map<String, Gazetteer.Entry> peopleByName;
    final Map<String, Gazetteer.Entry> cjkNames;

    final String text;
    final @Nullable LocalDate published;
    final List<Sent> sentences;
    final List<OrgE> orgs;
    final List<PersonE> people;
    final Set<String> surnames;
    final Set<String> orgPrefixes;
    final Set<Span> consumed;
    final Map<Integer, String> tailCountry;

    /** A new reading of {@code text}, with the extractor's names and lexicons. */
    ArticleStage(RuleBasedExtractor extractor, String text, @Nullable LocalDate published) {
        this.lex = extractor.lex;
        this.organizationNames = extractor.organizationNames;
        this.organizationsByName = extractor.organizationsByName;
        this.peopleByName = extractor.peopleByName;
        this.cjkNames = extractor.cjkNames;
        this.text = text;
        this.published = published;
        this.sentences = new ArrayList<>();
        this.orgs = new ArrayList<>();
        this.people = new ArrayList<>();
        this.surnames = new HashSet<>();
        this.orgPrefixes = new HashSet<>();
        this.consumed = new HashSet<>();
        this.tailCountry = new HashMap<>();
    }

    /** Another stage of the same reading: it sees (and changes) the same state. */
    ArticleStage(ArticleStage article) {
        this.lex = article.lex;
        this.organizationNames = article.organizationNames;
        this.organizationsByName = article.organizationsByName;
        this.peopleByName = article.peopleByName;
        this.cjkNames = article.cjkNames;
        this.text = article.text;
        this.published = article.published;
        this.sentences = article.sentences;
        this.orgs = article.orgs;
        this.people = article.people;
        this.surnames = article.surnames;
        this.orgPrefixes = article.orgPrefixes;
        this.consumed = article.consumed;
        this.tailCountry = article.tailCountry;
    }

    static final class Sent {
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

    static final class OrgM {
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

    static final class PersonM {
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

    record Named(String name, String kind, Span span, int from) {
    }

    record PlaceM(String name, @Nullable String country, boolean isCountry, Span span, int from, int to) {
    }

    static final class Anaphor {
        String noun;
        Span span;
        int sentence;
        int from;
        @Nullable OrgE resolved;
    }

    record Role(String text, int from, int to, @Nullable OrgM org, @Nullable Anaphor anaphor) {
    }

    static final class OrgE {
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

    static final class PersonE {
        String name;
        @Nullable String role;
        boolean roleHonorific = true;
        @Nullable OrgE org;
        Gazetteer.@Nullable Entry link;
        final List<PersonM> mentions = new ArrayList<>();
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

    Sent sentence(int index) {
        for (var s : sentences) {
            if (s.index == index) {
                return s;
            }
        }
        throw new IllegalStateException("no sentence " + index);
    }

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

    OrgE mainActor() {
        OrgE best = orgs.getFirst();
        for (var e : orgs) {
            if (e.mentions.size() > best.mentions.size()) {
                best = e;
            }
        }
        return best;
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
