package org.liaison.ingest.extraction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One reading of one article: splits it into sentences, then runs the stages in order (mentions per
 * sentence, bare names, organization and person entities, then events, agreements, funds and
 * intents) over the state they share.
 */
final class ArticleRun extends ArticleStage {

    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.)]\\s");

    private final SentenceSplitter splitter;

    ArticleRun(RuleBasedExtractor extractor, String text, @Nullable LocalDate published) {
        super(extractor, text, published);
        this.splitter = extractor.splitter;
    }

    Extraction run() {
        var chunker = new NameChunker(this);
        var reader = new MentionReader(this, chunker);
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
            reader.readSentence(s);
        }
        var bareNames = new BareNameReader(this, chunker, reader);
        for (var s : sentences) {
            bareNames.resolveUnknown(s);
        }
        var organizations = new OrganizationEntities(this, chunker);
        organizations.mergeOrganizations();
        var persons = new PersonEntities(this);
        persons.mergePeople();
        persons.resolveAnaphors();
        persons.finishPeople();
        var events = new EventFacts(this).events();
        var agreements = new AgreementFacts(this).agreements();
        var funds = new FundFacts(this).funds();
        var intents = new IntentFacts(this).intents();
        return new Extraction(organizations.organizationFacts(), persons.personFacts(), events, agreements, funds,
                intents);
    }
}
