package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.access.ReadScope;
import org.liaison.directory.DirectoryFixtures;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.Organizations;
import org.liaison.directory.internal.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The directory search on a real Lucene index over the reference story: every required query,
 * ranking on judged queries, facets, the read scope, duplicates.
 */
@Tag("persistence")
@SpringBootTest(properties = { "liaison.demo.enabled=false", "liaison.test.context=organization-search" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationSearchIntegrationTests {

    static final ReadScope STAFF = ReadScope.staff(Set.of());

    @Autowired
    OrganizationSearch search;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    DirectoryService directory;

    DirectoryFixtures fixtures;
    Map<String, Organization> story;

    @BeforeAll
    void saveTheReferenceStory() {
        fixtures = new DirectoryFixtures(organizations, people);
        story = fixtures.referenceStory();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "Akademgorodok, Академгородок",
            "Zhongguancun, 中关村",
            "Tohoku, 東北大学",
            "清华, 清华大学",
            "Toshyba, Toshiba",
            "Skolkov, Skolkovo Foundation",
            "Tsing, Tsinghua University",
            "Skolkovo, Фонд «Сколково»",
            "Skolkovo, Технопарк «Сколково»",
            "Tokyo, 東京大学",
    })
    void findsNamesAcrossScriptsAndSpellings(String query, String name) {
        var hits = search.search(SearchQuery.of(query), STAFF).hits();
        assertThat(hits).anySatisfy(hit -> assertThat(names(hit)).contains(name));
    }

    @Test
    void findsNamesStoredInOneScriptOnlyByTheirReadings() {
        // None of these has a Latin name or alias: only the computed readings can find them.
        assertThat(first("Akademgorodok").name()).isEqualTo("Академгородок");
        assertThat(first("Tohoku").name()).isEqualTo("東北大学");
        assertThat(first("Skolkovo Technopark").name()).isEqualTo("Технопарк «Сколково»");
        assertThat(first("Zhongguancun Ruanjian").name()).isEqualTo("中关村软件园");
    }

    @Test
    void ranksTheExactPrimaryNameFirstThenNamesThenReadings() {
        var hits = search.search(SearchQuery.of("Skolkovo"), STAFF).hits();
        // The Foundation is named Skolkovo in Latin; the technopark only reads so.
        assertThat(hits).extracting(OrganizationHit::name)
                .containsSubsequence("Skolkovo Foundation", "Технопарк «Сколково»");
        assertThat(first("Mitsubishi").name()).isEqualTo("Mitsubishi");
        assertThat(first("Mitsubishi Electric").name()).isEqualTo("Mitsubishi Electric");
    }

    @Test
    void toleratesTyposOnlyInLatinWordsLongEnough() {
        assertThat(first("Toshyba").name()).isEqualTo("Toshiba");
        assertThat(first("Hitachy").name()).isEqualTo("Hitachi");
        // A three-letter word has too many neighbours to guess from.
        assertThat(search.search(SearchQuery.of("NEX"), STAFF).hits()).extracting(OrganizationHit::name)
                .doesNotContain("NEC");
    }

    @Test
    void relaxesToTyposAndPartialMatchesOnlyWhenTheWordsAsTypedFindNothing() {
        // Found as typed: every word required, no neighbours, no other universities.
        var tsinghua = search.search(SearchQuery.of("Tsinghua University"), STAFF);
        assertThat(tsinghua.hits()).extracting(OrganizationHit::name)
                .containsExactly("Tsinghua University", "Torch technopark of Tsinghua University");
        // Not found as typed: 東北大学 reads "tohoku daigaku", so all words but one.
        var tohoku = search.search(SearchQuery.of("Tohoku University"), STAFF);
        assertThat(tohoku.hits().get(0).name()).isEqualTo("東北大学");
        assertThat(tohoku.total()).isGreaterThan(1);
    }

    @Test
    void returnsTheHitWithItsOtherNamesAndPlace() {
        var hit = first("Z-Park");
        assertThat(hit.name()).isEqualTo("Zhongguancun");
        assertThat(hit.lang()).isEqualTo("en");
        assertThat(hit.otherNames()).containsExactly("中关村", "Z-Park");
        assertThat(hit.kind()).isEqualTo(OrganizationKind.TECHNOPARK);
        assertThat(hit.country()).isEqualTo("CN");
        assertThat(hit.city()).isEqualTo("Beijing");
        assertThat(hit.id()).isEqualTo(story.get("Zhongguancun").getId());
    }

    @Test
    void listsEverythingByNameForABlankQueryAndPages() {
        var all = search.search(new SearchQuery("", Set.of("JP"), Set.of(), 0, 100), STAFF);
        assertThat(all.hits()).extracting(OrganizationHit::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        var second = search.search(new SearchQuery("", Set.of("JP"), Set.of(), 1, 3), STAFF);
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.hits()).containsExactlyElementsOf(all.hits().subList(3, 6));
    }

    @Test
    void countsHitsPerCountryAndKind() {
        // Tsinghua, Peking, Tokyo and Novosibirsk State universities, and the Torch technopark of Tsinghua University.
        var result = search.search(SearchQuery.of("University"), STAFF);
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.countries()).containsOnly(Map.entry("CN", 3L), Map.entry("JP", 1L), Map.entry("RU", 1L));
        assertThat(result.kinds()).containsOnly(Map.entry(OrganizationKind.UNIVERSITY, 4L),
                Map.entry(OrganizationKind.TECHNOPARK, 1L));
    }

    @Test
    void countsOfAFacetIgnoreItsOwnFilterAndObeyTheOthers() {
        var result = search.search(new SearchQuery("University", Set.of("JP"), Set.of(OrganizationKind.UNIVERSITY), 0, 20),
                STAFF);
        assertThat(result.hits()).extracting(OrganizationHit::name).containsExactly("University of Tokyo");
        assertThat(result.total()).isEqualTo(1);
        // Countries: universities anywhere (not the technopark); kinds: anything in Japan.
        assertThat(result.countries()).containsOnly(Map.entry("CN", 2L), Map.entry("JP", 1L), Map.entry("RU", 1L));
        assertThat(result.kinds()).containsOnly(Map.entry(OrganizationKind.UNIVERSITY, 1L));
    }

    @Test
    void filtersByCountryAndKindCaseInsensitiveCountry() {
        var result = search.search(new SearchQuery("", Set.of("cn"), Set.of(OrganizationKind.CORPORATION), 0, 20), STAFF);
        assertThat(result.hits()).extracting(OrganizationHit::name).containsExactly("Lenovo", "ZTE");
    }

    @Test
    void showsNothingToAnonymousVisitorsNotEvenCounts() {
        var result = search.search(SearchQuery.of("Skolkovo"), ReadScope.nothing());
        assertThat(result.hits()).isEmpty();
        assertThat(result.total()).isZero();
        assertThat(result.countries()).isEmpty();
        assertThat(result.kinds()).isEmpty();
    }

    @Test
    void showsAPartnerItsOwnRecordAndWhatIsSharedWithItOnly() {
        var toshiba = story.get("Toshiba").getId();
        var shared = fixtures.organization(OrganizationKind.RESEARCH_CENTRE, "JP").name("Partner probe shared lab", "en")
                .sharedWith(toshiba).save();
        fixtures.organization(OrganizationKind.RESEARCH_CENTRE, "JP").name("Partner probe internal lab", "en").save();
        var result = search.search(SearchQuery.of(""), ReadScope.partner(toshiba));
        assertThat(result.hits()).extracting(OrganizationHit::id).containsExactlyInAnyOrder(toshiba, shared.getId());
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.countries()).containsOnly(Map.entry("JP", 2L));
    }

    @Test
    void hidesConfidentialRecordsFromStaffOutsideTheGroup() {
        var fund = fixtures.organization(OrganizationKind.INVESTMENT_FUND, "RU").name("Confidential probe fund", "en")
                .confidentialTo("committee").save();
        var query = new SearchQuery("Confidential probe fund", Set.of(), Set.of(OrganizationKind.INVESTMENT_FUND), 0, 20);
        assertThat(search.search(query, STAFF).total()).isZero();
        assertThat(search.search(query, ReadScope.staff(Set.of("other-group"))).total()).isZero();
        assertThat(search.search(query, ReadScope.staff(Set.of("committee"))).hits()).extracting(OrganizationHit::id)
                .containsExactly(fund.getId());
        assertThat(search.search(query, ReadScope.everything()).hits()).extracting(OrganizationHit::id)
                .containsExactly(fund.getId());
    }

    @Test
    void seesASavedChangeRightAfterItsCommit() {
        var org = fixtures.organization(OrganizationKind.INCUBATOR, "IS").name("Freshly saved incubator", "en").save();
        assertThat(first("Freshly saved incubator").id()).isEqualTo(org.getId());
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void neverReturnsMergedOrganizations() {
        var duplicate = fixtures.organization(OrganizationKind.CORPORATION, "IS").name("Merge probe hf", "en").save();
        var survivor = fixtures.organization(OrganizationKind.CORPORATION, "IS").name("Merge probe holding", "en").save();
        directory.merge(duplicate.getId(), survivor.getId(), survivor.getVersion());
        var hits = search.search(SearchQuery.of("Merge probe"), ReadScope.everything()).hits();
        assertThat(hits).extracting(OrganizationHit::id).contains(survivor.getId()).doesNotContain(duplicate.getId());
        assertThat(first("Merge probe hf").id()).isEqualTo(survivor.getId());
        // The survivor keeps the merged name as an alias, and is found by it.
        assertThat(hits.get(0).otherNames()).contains("Merge probe hf");
        assertThat(search.likelyDuplicates(List.of("Merge probe hf"), null, ReadScope.everything()))
                .extracting(OrganizationHit::id).containsExactly(survivor.getId());
    }

    @Test
    void findsDuplicatesByTheSameNameInAnyScriptOrReading() {
        assertThat(duplicates("Tsinghua University")).containsExactly("Tsinghua University");
        assertThat(duplicates("清华大学")).containsExactly("Tsinghua University");
        // A new organization typed in Latin, an existing one in Japanese only: the same reading.
        assertThat(duplicates("Tohoku Daigaku")).containsExactly("東北大学");
        // The other way round: Cyrillic input, an existing Latin alias.
        assertThat(duplicates("Сколтех")).contains("Skolkovo Institute of Science and Technology");
        assertThat(duplicates("Toshyba")).containsExactly("Toshiba");
        assertThat(duplicates("Completely New Organization")).isEmpty();
    }

    @Test
    void findsDuplicatesByTheSameWebsiteHost() {
        assertThat(search.likelyDuplicates(List.of("Lenovo Group"), "http://lenovo.com/ru/", STAFF))
                .extracting(OrganizationHit::name).containsExactly("Lenovo");
    }

    @Test
    void findsDuplicatesOnlyWithinTheReadScope() {
        assertThat(search.likelyDuplicates(List.of("Toshiba"), null, ReadScope.nothing())).isEmpty();
    }

    @Test
    @WithMockUser(roles = "COOPERATION_MANAGER")
    void directoryServiceAsksTheSearchForDuplicatesBeforeSaving() {
        var draft = new OrganizationDraft(OrganizationKind.UNIVERSITY, List.of(new NameInput("Tohoku Daigaku", "ja-Latn", true)),
                null, "JP", null, null, null, null);
        assertThat(directory.likelyDuplicates(draft)).extracting(OrganizationHit::name).containsExactly("東北大学");
    }

    @Test
    void ranksTheJudgedQueries() throws IOException {
        var judged = JudgedQueries.load();
        var misses = new ArrayList<String>();
        double reciprocalRanks = 0;
        int firsts = 0;
        for (var q : judged) {
            var hits = search.search(new SearchQuery(q.query(), Set.of(), Set.of(), 0, 10), STAFF).hits();
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).name().equals(q.expected())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank == 1) {
                firsts++;
            } else {
                misses.add(q.query() + " -> " + (hits.isEmpty() ? "nothing" : hits.get(0).name())
                        + " (expected " + q.expected() + " at " + (rank == 0 ? "none" : rank) + ")");
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
        }
        System.out.printf("Judged queries: %d, precision@1 %.3f, MRR %.3f%n", judged.size(),
                (double) firsts / judged.size(), reciprocalRanks / judged.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(misses).isEmpty();
    }

    private OrganizationHit first(String query) {
        var hits = search.search(SearchQuery.of(query), STAFF).hits();
        assertThat(hits).as("hits for %s", query).isNotEmpty();
        return hits.get(0);
    }

    private List<String> duplicates(String... names) {
        return search.likelyDuplicates(List.of(names), null, STAFF).stream().map(OrganizationHit::name).toList();
    }

    private static List<String> names(OrganizationHit hit) {
        var all = new ArrayList<String>();
        all.add(hit.name());
        all.addAll(hit.otherNames());
        return all;
    }

    /** The committed table of queries and the organization each should find first. */
    record JudgedQueries(String query, String expected) {

        static List<JudgedQueries> load() throws IOException {
            try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged-queries.csv")) {
                var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                var result = new ArrayList<JudgedQueries>();
                for (String line : lines) {
                    int comma = line.indexOf(',');
                    String expected = line.substring(comma + 1).strip();
                    if (expected.startsWith("\"") && expected.endsWith("\"")) {
                        expected = expected.substring(1, expected.length() - 1);
                    }
                    result.add(new JudgedQueries(line.substring(0, comma).strip(), expected));
                }
                return result;
            }
        }
    }
}
