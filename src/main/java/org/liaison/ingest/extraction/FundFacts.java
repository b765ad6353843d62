package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the funds an article reports: their status (planned, established), amounts, purposes and
 * the organizations behind them.
 */
final class FundFacts extends ArticleStage {

    private static final Pattern FUND_PLANNED = Pattern.compile(
            "\\b(plans? to|will|to be set up|expects? to|intends? to|proposed|would|aims? to|planned)\\b");
    private static final Pattern FUND_ESTABLISHED = Pattern.compile(
            "\\b(established|set up|launched|launch|first close|created|opened|has invested|reached)\\b");
    private static final Pattern PURPOSE = Pattern.compile(
            "\\bto (finance|invest in|support|fund|back|develop|help) ([^,.;:—]+)");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:USD|EUR|CAD|NOK|EGP|RUB|GBP|CHF|JPY|CNY|US\\$|\\$|€|£|¥)\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|bn|m)\\b)?"
                    + "|\\d[\\d,.]*\\s?(?:million|billion)\\s(?:dollars|euros|roubles|rubles|yuan|yen)");

    FundFacts(ArticleStage article) {
        super(article);
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
}
