package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Merges the mentions of one person into an entity, resolves anaphors such as "the park" to the
 * organizations they name, settles each person's role and organization, and turns people into facts.
 */
final class PersonEntities extends ArticleStage {

    PersonEntities(ArticleStage article) {
        super(article);
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
