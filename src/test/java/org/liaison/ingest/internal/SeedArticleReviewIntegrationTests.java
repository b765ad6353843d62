package org.liaison.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.fund.internal.FundViews;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Done when: the seed article, ingested on an EMPTY directory (demo data off) and accepted in full,
 * reproduces the core records the demo contributors of the directory, engagements and relationships
 * create for the reference story (same names, kinds, countries, dates and stages); the same
 * document a second time creates nothing; and every record keeps its provenance.
 */
@Tag("persistence")
@SpringBootTest(properties = "liaison.demo.enabled=false")
class SeedArticleReviewIntegrationTests {

    @Autowired
    IngestService ingest;
    @Autowired
    ProvenanceQueries provenance;
    @Autowired
    UserAccounts users;
    @Autowired
    DirectoryQueries directory;
    @Autowired
    DirectoryService directoryService;
    @Autowired
    EngagementCommands engagementCommands;
    @Autowired
    EngagementService engagements;
    @Autowired
    Relationships relationships;
    @Autowired
    org.liaison.agreements.Agreements agreements;
    @Autowired
    org.liaison.fund.Funds funds;
    @Autowired
    org.liaison.fund.internal.FundService fundService;

    UUID manager;

    @BeforeEach
    void manager() {
        manager = users.createIfAbsent(NewUser.staff("seed-reviewer", "Seed reviewer", "seed-reviewer-2012-05-03",
                Role.COOPERATION_MANAGER)).id();
    }

    <T> T asManager(Supplier<T> work) {
        return ViewerContext.call(users.viewerOf(manager), work);
    }

    static String seed() throws IOException {
        try (var in = SeedArticleReviewIntegrationTests.class.getResourceAsStream("/ingest/skolkovo-china-japan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void acceptingTheSeedArticleOnAnEmptyDirectoryReproducesTheStorysCoreRecordsOnce() throws IOException {
        assertThat(asManager(() -> directory.organizationNamed("Hitachi"))).as("the directory starts empty").isEmpty();

        var document = asManager(() -> ingest.ingest(seedOrThrow(), LocalDate.of(2012, 5, 3), null,
                IngestDocument.Source.TEXT));

        assertThat(document.created()).isTrue();
        assertThat(labels(document, ProposedFact.Category.ORGANIZATION)).anyMatch(l -> l.startsWith("Skolkovo Foundation"))
                .anyMatch(l -> l.startsWith("Hitachi")).anyMatch(l -> l.startsWith("Keidanren"));
        assertThat(labels(document, ProposedFact.Category.PERSON)).anyMatch(l -> l.startsWith("Viktor Vekselberg"))
                .anyMatch(l -> l.startsWith("Li Keqiang"));
        assertThat(labels(document, ProposedFact.Category.EVENT)).anyMatch(l -> l.contains("Sino-Russian Trade and Investment Forum"))
                .anyMatch(l -> l.contains("visit") && l.contains("Tokyo"));
        assertThat(labels(document, ProposedFact.Category.AGREEMENT)).anyMatch(l -> l.startsWith("MoU"));
        assertThat(labels(document, ProposedFact.Category.FUND)).anyMatch(l -> l.startsWith("joint direct investment fund"));
        assertThat(labels(document, ProposedFact.Category.INTENT)).hasSize(2);
        assertThat(document.facts()).allMatch(f -> f.status() == ProposedFact.Status.PROPOSED)
                .allMatch(f -> !f.sentence().isBlank());

        var accepted = asManager(() -> ingest.acceptAll(document.id()));
        assertThat(accepted.facts()).allMatch(f -> f.status() == ProposedFact.Status.ACCEPTED);

        // the directory: the names, kinds and countries DirectoryStory gives them
        organization("Skolkovo Foundation", OrganizationKind.INNOVATION_HUB, "RU", "Skolkovo");
        organization("Tsinghua University", OrganizationKind.UNIVERSITY, "CN");
        organization("Torch technopark of Tsinghua University", OrganizationKind.TECHNOPARK, "CN");
        organization("Zhongguancun", OrganizationKind.TECHNOPARK, "CN", "Z-Park");
        organization("Lenovo", OrganizationKind.CORPORATION, "CN");
        organization("ZTE", OrganizationKind.CORPORATION, "CN");
        organization("Keidanren", OrganizationKind.BUSINESS_ASSOCIATION, "JP");
        for (var name : List.of("Hitachi", "NEC", "Mitsubishi", "Toshiba")) {
            organization(name, OrganizationKind.CORPORATION, "JP");
        }
        organization("Research Center of Applied Sciences and Technologies", OrganizationKind.RESEARCH_CENTRE, "JP");
        var skolkovo = asManager(() -> directory.organizationNamed("Skolkovo Foundation")).orElseThrow();
        var people = asManager(() -> directoryService.details(skolkovo.value())).people();
        assertThat(people).anySatisfy(a -> {
            assertThat(a.personName()).isEqualTo("Viktor Vekselberg");
            assertThat(a.role()).isEqualTo("President");
        });
        assertThat(asManager(() -> directory.personNamed("Li Keqiang"))).isPresent();

        // engagements: the forum "last week", the Tokyo visit of April 26 (titled as EngagementStory does)
        var forum = engagement("Sino-Russian Trade and Investment Forum");
        assertThat(forum.kind()).isEqualTo(EngagementKind.FORUM);
        assertThat(forum.start().toLocalDate()).hasYear(2012).hasMonthValue(4);
        assertThat(forum.notes()).contains("approximate").contains("last week");
        assertThat(forum.participants()).extracting(p -> p.name()).contains("Viktor Vekselberg", "Li Keqiang",
                "Skolkovo Foundation");
        var visit = engagement("Viktor Vekselberg's visit to Tokyo");
        assertThat(visit.kind()).isEqualTo(EngagementKind.VISIT);
        assertThat(visit.start().toLocalDate()).isEqualTo(LocalDate.of(2012, 4, 26));
        assertThat(visit.city()).isEqualTo("Tokyo");
        assertThat(visit.country()).isEqualTo("JP");
        var mou = engagement("Memorandum of understanding with Torch technopark of Tsinghua University");
        assertThat(mou.start().toLocalDate()).hasYear(2012).hasMonthValue(4);

        // relationships: the stages RelationshipsStory gives them
        assertThat(stage("Torch technopark of Tsinghua University")).hasValue(Stage.AGREEMENT);
        assertThat(stage("Zhongguancun")).hasValue(Stage.ENGAGED);
        for (var name : List.of("Hitachi", "NEC", "Mitsubishi", "Toshiba")) {
            assertThat(stage(name)).as(name).hasValue(Stage.PROSPECT);
        }
        assertThat(stage("Skolkovo Foundation")).as("the hub has no relationship with itself").isEmpty();

        // agreements: the memorandum as a draft between the hub and the Torch technopark (signing is recorded there)
        var torch = asManager(() -> directory.organizationNamed("Torch technopark of Tsinghua University")).orElseThrow();
        assertThat(asManager(() -> agreements.ofOrganization(torch))).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(org.liaison.agreements.AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
            assertThat(a.parties()).containsExactlyInAnyOrder(skolkovo, torch);
        });
        // the fund: proposed through the fund module's facade, under consideration, sponsored by the hub and
        // the Chinese counterpart the story does not name (from the passage on China before the sentence)
        assertThat(accepted.facts()).filteredOn(f -> f.category() == ProposedFact.Category.FUND).singleElement()
                .satisfies(f -> assertThat(f.applied()).startsWith("Fund proposed: ")
                        .contains("Chinese counterpart (not yet named)"));
        var fundId = asManager(() -> funds.fundNamed("Joint direct investment fund of Skolkovo Foundation")).orElseThrow();
        var fund = asManager(() -> fundService.fund(fundId.value()));
        assertThat(fund.status()).isEqualTo(org.liaison.fund.FundStatus.UNDER_CONSIDERATION);
        assertThat(fund.sponsors()).extracting(FundViews.SponsorView::organization, FundViews.SponsorView::country,
                FundViews.SponsorView::named).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(skolkovo.value(), "RU", true),
                org.assertj.core.groups.Tuple.tuple(null, "CN", false));
        assertThat(fund.sponsors()).filteredOn(sp -> !sp.named()).singleElement()
                .satisfies(sp -> assertThat(sp.name()).isEqualTo("Chinese counterpart (not yet named)"));
        assertThat(fund.newsTitle()).isEqualTo("Skolkovo to develop cooperation with China and Japan");
        assertThat(asManager(() -> provenance.ofOrganization(skolkovo.value())))
                .extracting(ProvenanceQueries.Row::recordType).contains("fund-sponsor");

        // provenance: document, sentence, who accepted it
        var hitachi = asManager(() -> directory.organizationNamed("Hitachi")).orElseThrow();
        var rows = asManager(() -> provenance.ofOrganization(hitachi.value()));
        assertThat(rows).extracting(ProvenanceQueries.Row::recordType).contains("organization", "relationship");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.document()).isEqualTo(document.id());
            assertThat(r.sentence()).contains("Hitachi");
            assertThat(r.acceptedBy()).isEqualTo("seed-reviewer");
        });

        // the same document again: nothing new
        var again = asManager(() -> ingest.ingest(seedOrThrow(), LocalDate.of(2012, 5, 3), null, IngestDocument.Source.TEXT));
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(document.id());
        asManager(() -> ingest.acceptAll(again.id()));
        assertThat(asManager(() -> directoryService.search(
                new org.liaison.directory.search.SearchQuery("Hitachi", java.util.Set.of(), java.util.Set.of(), 0, 20)))
                .hits()).filteredOn(h -> h.name().equals("Hitachi")).hasSize(1);
        assertThat(asManager(() -> provenance.ofOrganization(hitachi.value()))).hasSameSizeAs(rows);
    }

    @Test
    void aJointFundWithoutASecondCountryInItsPassageStaysReviewedWithItsReason() {
        var text = """
                Otaniemi grows at home

                Otaniemi Science Park, the Finnish technopark near Helsinki, opened a building for start-ups \
                from Finland. Otaniemi Science Park hosts forty teams. Otaniemi Science Park hired two coaches.

                A joint seed fund is also being considered to finance clean-tech start-ups.
                """;
        var document = asManager(() -> ingest.ingest(text, LocalDate.of(2019, 3, 3), null, IngestDocument.Source.TEXT));
        assertThat(document.facts()).filteredOn(f -> f.category() == ProposedFact.Category.FUND).singleElement()
                .satisfies(f -> assertThat(f.label()).startsWith("joint seed fund"));

        var accepted = asManager(() -> ingest.acceptAll(document.id()));

        assertThat(accepted.facts()).filteredOn(f -> f.category() == ProposedFact.Category.FUND).singleElement()
                .satisfies(f -> assertThat(f.applied()).startsWith("Reviewed; not proposed")
                        .contains("two countries").contains("found: FI"));
        assertThat(asManager(() -> funds.fundNamed("Joint seed fund of Otaniemi Science Park"))).isEmpty();
    }

    String seedOrThrow() {
        try {
            return seed();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> labels(IngestService.DocumentView document, ProposedFact.Category category) {
        return document.facts().stream().filter(f -> f.category() == category).map(IngestService.FactView::label).toList();
    }

    void organization(String name, OrganizationKind kind, String country, String... aliases) {
        var id = asManager(() -> directory.organizationNamed(name)).orElseThrow(() -> new AssertionError("no " + name));
        var view = asManager(() -> directoryService.organization(id.value()));
        assertThat(view.primaryName()).isEqualTo(name);
        assertThat(view.kind()).as(name).isEqualTo(kind);
        assertThat(view.country()).as(name).isEqualTo(country);
        assertThat(view.aliases()).extracting(a -> a.text()).as(name).containsAll(List.of(aliases));
    }

    org.liaison.engagements.internal.EngagementView engagement(String title) {
        var id = asManager(() -> engagementCommands.titled(title)).orElseThrow(() -> new AssertionError("no " + title));
        return asManager(() -> engagements.engagement(id.value()));
    }

    java.util.Optional<Stage> stage(String name) {
        OrganizationId id = asManager(() -> directory.organizationNamed(name)).orElseThrow();
        return asManager(() -> relationships.stageOf(id));
    }
}
