package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The default extractor: offline, rule-based and fast. Per sentence it chunks capitalized noun
 * phrases, types them with the gazetteer, the lexicons and the words around them (titles,
 * appositions such as ", a Dutch maker of", lists after "such as"), merges the forms of one
 * entity (a short form that starts a longer name, "A's B" for "B of A", "better known as"), and
 * then reads events, agreements, funds and intents from the sentences with the lexicons' phrasing.
 * Thread-safe: all state of one article lives in an {@link ArticleRun}, whose stages each read one
 * kind of thing ({@link MentionReader}, {@link BareNameReader}, {@link OrganizationEntities},
 * {@link PersonEntities}, {@link EventFacts}, {@link AgreementFacts}, {@link FundFacts},
 * {@link IntentFacts}); the extractor keeps only the gazetteer's names and the lexicons.
 */
public final class RuleBasedExtractor implements Extractor {

    final Lexicons lex;
    final NameIndex<Gazetteer.Entry> organizationNames = new NameIndex<>();
    final Map<String, Gazetteer.Entry> organizationsByName = new HashMap<>();
    final Map<String, Gazetteer.Entry> peopleByName = new HashMap<>();
    final SentenceSplitter splitter;
    final Map<String, Gazetteer.Entry> cjkNames = new HashMap<>();

    public RuleBasedExtractor(Gazetteer gazetteer) {
        this(gazetteer, Lexicons.standard());
    }

    public RuleBasedExtractor(Gazetteer gazetteer, Lexicons lexicons) {
        this.lex = lexicons;
        this.splitter = new SentenceSplitter(lexicons);
        var all = new ArrayList<>(gazetteer.entries());
        for (var e : all) {
            if (e.type() == Gazetteer.Type.PERSON) {
                peopleByName.putIfAbsent(ArticleStage.normalize(e.name()), e);
                e.otherNames().forEach(n -> peopleByName.putIfAbsent(ArticleStage.normalize(n), e));
            }
        }
        all.addAll(lexicons.knownOrganizations);
        for (var e : all) {
            if (e.type() != Gazetteer.Type.ORGANIZATION) {
                continue;
            }
            if (organizationsByName.putIfAbsent(ArticleStage.normalize(e.name()), e) == null) {
                organizationNames.add(e.name(), e);
            }
            for (var n : e.otherNames()) {
                if (organizationsByName.putIfAbsent(ArticleStage.normalize(n), e) == null) {
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
        return new ArticleRun(this, article.text(), article.publishedAt()).run();
    }
}
