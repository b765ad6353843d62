package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the intents an article reports ("seeks partnership with", "plans deeper cooperation
 * with"): who shows interest in whom.
 */
final class IntentFacts extends ArticleStage {

    IntentFacts(ArticleStage article) {
        super(article);
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
}
