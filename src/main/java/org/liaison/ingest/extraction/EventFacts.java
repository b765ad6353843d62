package org.liaison.ingest.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the events an article reports: their names or keywords, dates, places and the
 * organizations taking part.
 */
final class EventFacts extends ArticleStage {

    EventFacts(ArticleStage article) {
        super(article);
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
}
