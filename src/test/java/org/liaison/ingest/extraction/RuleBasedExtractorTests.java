package org.liaison.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The extractor core on the reference story and on small articles, with a hand-built gazetteer. */
class RuleBasedExtractorTests {

    static final LocalDate EARLY_MAY_2012 = LocalDate.of(2012, 5, 3);

    static String seed() throws IOException {
        try (var in = RuleBasedExtractorTests.class.getResourceAsStream("/ingest/skolkovo-china-japan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    final RuleBasedExtractor extractor = new RuleBasedExtractor(Gazetteer.empty());

    @Test
    void findsTheOrganizationsOfTheStoryWithKindCountryAndOneEntryEach() throws IOException {
        var found = extractor.extract(new Article(seed(), EARLY_MAY_2012));

        assertThat(found.organizations()).extracting(Extraction.Organization::name, Extraction.Organization::kind,
                Extraction.Organization::country).contains(
                tuple("Skolkovo Foundation", "innovation hub", "RU"),
                tuple("Lenovo", "corporation", "CN"),
                tuple("ZTE", "corporation", "CN"),
                tuple("Torch technopark of Tsinghua University", "technopark", "CN"),
                tuple("Tsinghua University", "university", "CN"),
                tuple("Zhongguancun", "technopark", "CN"),
                tuple("Keidanren", "business association", "JP"),
                tuple("Hitachi", "corporation", "JP"),
                tuple("NEC", "corporation", "JP"),
                tuple("Mitsubishi", "corporation", "JP"),
                tuple("Toshiba", "corporation", "JP"),
                tuple("Research Center of Applied Sciences and Technologies", "research centre", "JP"));
        assertThat(found.organizations()).extracting(Extraction.Organization::name).doesNotHaveDuplicates();
        var skolkovo = named(found.organizations(), "Skolkovo Foundation");
        assertThat(skolkovo.surface()).isEqualTo("Skolkovo");
        assertThat(skolkovo.aliases()).contains("Skolkovo Foundation");
        assertThat(skolkovo.mentions().getFirst()).isEqualTo(new Span(0, 8));
        assertThat(named(found.organizations(), "Zhongguancun").aliases()).contains("Z-Park");
        assertThat(named(found.organizations(), "Torch technopark of Tsinghua University").aliases())
                .anyMatch(a -> a.contains("Tsinghua University") && a.contains("Torch technopark"));
    }

    @Test
    void everyMentionAndSentenceOffsetPointsAtItsTextInTheArticle() throws IOException {
        var text = seed();
        var found = extractor.extract(new Article(text, EARLY_MAY_2012));

        for (var o : found.organizations()) {
            for (var m : o.mentions()) {
                var surface = m.of(text);
                assertThat(o.name().equals(surface) || o.aliases().contains(surface) || o.surface().equals(surface)
                        || surface.contains("’s")).as("mention %s of %s", surface, o.name()).isTrue();
            }
        }
        for (var p : found.people()) {
            for (var m : p.mentions()) {
                assertThat(p.name()).endsWith(m.of(text));
            }
        }
        var mou = found.agreements().getFirst();
        assertThat(mou.sentence().of(text))
                .isEqualTo("In a related note, last month, Skolkovo signed a memorandum of understanding with the Tsinghua University’s Torch technopark.");
    }

    @Test
    void findsThePeopleWithTheirRolesAndOrganizations() throws IOException {
        var found = extractor.extract(new Article(seed(), EARLY_MAY_2012));

        assertThat(found.people()).extracting(Extraction.Person::name, Extraction.Person::role,
                Extraction.Person::organization).containsExactly(
                tuple("Li Keqiang", "Vice-Premier", null),
                tuple("Viktor Vekselberg", "President", "Skolkovo Foundation"));
        assertThat(named(found.people(), "Viktor Vekselberg").mentions()).hasSize(5);
    }

    @Test
    void resolvesTheForumAndTheTokyoVisitAgainstThePublicationDate() throws IOException {
        var found = extractor.extract(new Article(seed(), EARLY_MAY_2012));

        assertThat(found.events()).extracting(Extraction.Event::kind, Extraction.Event::name,
                Extraction.Event::dateText, Extraction.Event::date, Extraction.Event::place).containsExactly(
                tuple("forum", "Sino-Russian Trade and Investment Forum", "last week", "2012-04", null),
                tuple("visit", null, "April 26", "2012-04-26", "Tokyo"));
        assertThat(found.events().getFirst().participants()).containsExactly("Li Keqiang", "Viktor Vekselberg");
        assertThat(found.events()).noneMatch(Extraction.Event::planned);
    }

    @Test
    void findsTheMemorandumTheFundAndTheIntents() throws IOException {
        var found = extractor.extract(new Article(seed(), EARLY_MAY_2012));

        assertThat(found.agreements()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("MoU");
            assertThat(a.parties()).containsExactly("Skolkovo Foundation", "Torch technopark of Tsinghua University");
            assertThat(a.dateText()).isEqualTo("last month");
            assertThat(a.date()).isEqualTo("2012-04");
            assertThat(a.status()).isEqualTo("signed");
        });
        assertThat(found.funds()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("joint direct investment fund");
            assertThat(f.sponsors()).containsExactly("Skolkovo Foundation");
            assertThat(f.status()).isEqualTo("under discussion");
            assertThat(f.purpose()).isEqualTo("finance breakthrough projects");
        });
        assertThat(found.intents()).extracting(Extraction.Intent::actors, Extraction.Intent::kind,
                Extraction.Intent::targets).containsExactly(
                tuple(List.of("Skolkovo Foundation"), "plans cooperation",
                        List.of("Torch technopark of Tsinghua University", "Zhongguancun")),
                tuple(List.of("Skolkovo Foundation"), "seeks partnership",
                        List.of("Hitachi", "NEC", "Mitsubishi", "Toshiba")));
    }

    @Test
    void ignoresTheBoilerplateAtTheEndOfThePage() throws IOException {
        var text = seed();
        var found = extractor.extract(new Article(text, EARLY_MAY_2012));
        int topics = text.indexOf("Topics:");

        assertThat(found.organizations()).allSatisfy(o -> assertThat(o.mentions())
                .allMatch(m -> m.start() < topics));
    }

    @Test
    void linksNamesToAHandBuiltGazetteerAcrossScriptsWithAConfidence() {
        var gazetteer = Gazetteer.of(List.of(
                new Gazetteer.Entry("org-1", Gazetteer.Type.ORGANIZATION, "Nordvik Science Park", List.of("Nordvik", "Нордвик"),
                        "technopark", "NO"),
                new Gazetteer.Entry("org-2", Gazetteer.Type.ORGANIZATION, "清华大学", List.of("Tsinghua University"),
                        "university", "CN"),
                new Gazetteer.Entry("person-1", Gazetteer.Type.PERSON, "Ingrid Solhaug", List.of(), null, null)));
        var found = new RuleBasedExtractor(gazetteer).extract(new Article("""
                Nordvik signs with Tsinghua University

                Nordvik Science Park signed a memorandum of understanding with Tsinghua University on Monday, \
                said Ingrid Solhaug, Chief Executive of Nordvik Science Park. 清华大学 welcomed the memorandum.
                """, LocalDate.of(2023, 3, 15)));

        var nordvik = named(found.organizations(), "Nordvik Science Park");
        assertThat(nordvik.directoryId()).isEqualTo("org-1");
        assertThat(nordvik.confidence()).isEqualTo(1.0);
        assertThat(nordvik.country()).isEqualTo("NO");
        var tsinghua = found.organizations().stream().filter(o -> "org-2".equals(o.directoryId())).toList();
        assertThat(tsinghua).singleElement().satisfies(t -> {
            assertThat(t.confidence()).isEqualTo(0.9);
            assertThat(t.mentions()).hasSize(3);
        });
        assertThat(named(found.people(), "Ingrid Solhaug").directoryId()).isEqualTo("person-1");
        assertThat(found.agreements()).singleElement().satisfies(a -> assertThat(a.date()).isEqualTo("2023-03-13"));
    }

    @Test
    void proposesUnknownOrganizationsAsNewRecordsWithoutADirectoryId() {
        var found = extractor.extract(new Article("""
                Brief: Riga TechGirls joins Baltic Startup Alliance

                Riga TechGirls, a Latvian non-profit, has joined the Baltic Startup Alliance.
                """, LocalDate.of(2019, 3, 3)));

        assertThat(found.organizations()).extracting(Extraction.Organization::name, Extraction.Organization::country,
                Extraction.Organization::directoryId).containsExactlyInAnyOrder(
                tuple("Riga TechGirls", "LV", null), tuple("Baltic Startup Alliance", null, null));
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYearResolve() {
        var found = extractor.extract(new Article("""
                Visit

                Viktor Vekselberg, President of the Skolkovo Foundation, visited Tokyo last week. He returned to \
                Tokyo on 14 June 2013 for a meeting with Hitachi.
                """, null));

        assertThat(found.events()).extracting(Extraction.Event::dateText, Extraction.Event::date)
                .containsExactly(tuple("last week", null), tuple("14 June 2013", "2013-06-14"));
    }

    @Test
    void aJointFundInAPassageOnAnotherCountryHasThatCountrysUnnamedCounterpart() throws IOException {
        var seed = seed();
        var fund = extractor.extract(new Article(seed, EARLY_MAY_2012)).funds().getFirst();
        var counterparts = Counterparts.standard();

        // the contract carries named sponsors only; the counterpart comes from the paragraphs on China before it
        assertThat(fund.sponsors()).containsExactly("Skolkovo Foundation");
        assertThat(fund.sentence().of(seed)).startsWith("A joint direct investment fund");
        assertThat(counterparts.country(seed, fund.sentence(), Set.of("RU"))).isEqualTo("CN");
        assertThat(counterparts.label("CN")).isEqualTo("Chinese counterpart (not yet named)");

        // not a rule for one article: a Finnish park, a paragraph on Singapore, then the joint fund
        var text = """
                Otaniemi looks east

                Otaniemi Science Park, the Finnish technopark near Helsinki, met partners in Singapore. \
                Both sides want to bring clean-tech start-ups to Singapore's markets.

                A joint seed fund for clean-tech start-ups is under discussion.
                """;
        assertThat(counterparts.country(text, sentence(text, "A joint seed fund"), Set.of("FI"))).isEqualTo("SG");
        assertThat(counterparts.country(text, sentence(text, "A joint seed fund"), Set.of("FI", "SG")))
                .as("no country beyond the sponsors'").isNull();
    }

    @Test
    void aFundWithoutASecondCountryOrNotJointKeepsItsNamedSponsorsOnly() {
        var counterparts = Counterparts.standard();
        var domestic = """
                Otaniemi grows at home

                Otaniemi Science Park, the Finnish technopark near Helsinki, opened a new building for \
                clean-tech start-ups from Finland.

                A joint seed fund for clean-tech start-ups is under discussion.
                """;
        assertThat(counterparts.country(domestic, sentence(domestic, "A joint seed fund"), Set.of("FI"))).isNull();

        var notJoint = """
                Otaniemi looks east

                Otaniemi Science Park, the Finnish technopark near Helsinki, met partners in Singapore.

                A seed fund for clean-tech start-ups is under discussion.
                """;
        assertThat(counterparts.country(notJoint, sentence(notJoint, "A seed fund"), Set.of("FI"))).isNull();

        // a heading ends the passage: the country before it belongs to another story
        var sections = """
                Two notes

                Otaniemi Science Park, the Finnish technopark near Helsinki, met partners in Singapore.

                Back home

                A joint seed fund for clean-tech start-ups is under discussion.
                """;
        assertThat(counterparts.country(sections, sentence(sections, "A joint seed fund"), Set.of("FI"))).isNull();
    }

    static Span sentence(String text, String opening) {
        int start = text.indexOf(opening);
        return new Span(start, text.indexOf('.', start) + 1);
    }

    static <T> T named(List<T> items, String name) {
        return items.stream().filter(i -> switch (i) {
            case Extraction.Organization o -> o.name().equals(name);
            case Extraction.Person p -> p.name().equals(name);
            default -> false;
        }).findFirst().orElseThrow(() -> new AssertionError("nothing named " + name + " in " + items));
    }
}
