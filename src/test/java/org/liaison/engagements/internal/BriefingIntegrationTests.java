package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.engagements.BriefingBlock;
import org.liaison.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The briefing pack of the Tokyo visit of the reference story: one part per partner organization
 * of the visit and its meetings, with engagements' and relationships' blocks as the viewer may see
 * them, and a PDF whose TEXT holds the Latin, Japanese and Russian words (fonts embedded).
 */
@Tag("persistence")
@SpringBootTest
class BriefingIntegrationTests {

    static final Viewer SYSTEM = Viewer.system("briefing tests");

    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingPdf pdf;
    @Autowired
    Engagements engagements;
    @Autowired
    DirectoryQueries directory;

    UUID tokyoVisit() {
        return engagements.findFirstByTitle(EngagementStory.TOKYO_VISIT).orElseThrow().getId();
    }

    @Test
    void theTokyoVisitsPackHasAPartPerOrganizationMetThereAndNotTheHub() {
        var pack = ViewerContext.call(SYSTEM, () -> briefings.pack(tokyoVisit(), Locale.ENGLISH));

        assertThat(pack.title()).isEqualTo(EngagementStory.TOKYO_VISIT);
        assertThat(pack.when()).contains("2012").contains("Asia/Tokyo");
        assertThat(pack.meetings()).hasSize(4);
        assertThat(pack.organizations()).extracting(BriefingPack.OrganizationPart::name)
                .contains("Keidanren", "Ministry of Economy, Trade and Industry", "Ministry of Foreign Affairs of Japan")
                .doesNotContain("Skolkovo Foundation");
        var keidanren = pack.organizations().stream().filter(o -> o.name().equals("Keidanren")).findFirst().orElseThrow();
        assertThat(keidanren.otherNames()).contains("日本経済団体連合会");
        assertThat(keidanren.blocks()).extracting(BriefingBlock::title)
                .containsExactly("Profile", "People", "Engagement history", "Relationship", "Agreements", "Open follow-ups");
        var history = keidanren.blocks().get(2);
        assertThat(history.rows()).anyMatch(r -> r.value().contains("Meetings at Keidanren"));
        var profile = keidanren.blocks().getFirst();
        assertThat(profile.rows()).anyMatch(r -> r.value().equals("Japan"));
    }

    @Test
    void theMemorandumsSigningPackShowsTheSignedMemorandumInTheTechnoparksPart() {
        var signing = engagements.findFirstByTitle(EngagementStory.MOU).orElseThrow().getId();
        var pack = ViewerContext.call(SYSTEM, () -> briefings.pack(signing, Locale.ENGLISH));
        var torch = pack.organizations().stream()
                .filter(o -> o.name().equals("Torch technopark of Tsinghua University")).findFirst().orElseThrow();
        var agreements = torch.blocks().stream().filter(b -> b.title().equals("Agreements")).findFirst().orElseThrow();
        assertThat(agreements.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Memorandum of understanding");
            assertThat(row.value()).contains("Torch technopark", "signed", "2012").containsAnyOf("Signed", "Active");
        });
    }

    @Test
    void thePdfTextHoldsLatinJapaneseAndRussianWords() throws IOException {
        assertThat(pdf.fonts()).as("fonts found (fonts-dejavu-core, fonts-droid-fallback)").hasSizeGreaterThanOrEqualTo(2);

        var english = text(ViewerContext.call(SYSTEM, () -> pdf.render(briefings.pack(tokyoVisit(), Locale.ENGLISH), Locale.ENGLISH)));
        assertThat(english).contains(EngagementStory.TOKYO_VISIT, "Keidanren", "Ministry of Economy, Trade and Industry",
                "日本経済団体連合会", "経済産業省", "Briefing pack");

        var russian = text(ViewerContext.call(SYSTEM, () -> pdf.render(briefings.pack(tokyoVisit(), Locale.of("ru")), Locale.of("ru"))));
        assertThat(russian).contains("Справочные материалы", "Профиль", "История мероприятий", "Keidanren");

        var japanese = text(ViewerContext.call(SYSTEM, () -> pdf.render(briefings.pack(tokyoVisit(), Locale.JAPANESE), Locale.JAPANESE)));
        assertThat(japanese).contains("ブリーフィング資料", "日本経済団体連合会");
    }

    @Test
    void aPartnerSeesOnlyItsOwnMeetingsPackWithoutTheHubsTasksAndStages() {
        var keidanren = ViewerContext.call(SYSTEM, () -> directory.organizationNamed("Keidanren")).orElseThrow();
        var partner = new Viewer(UUID.randomUUID(), "keidanren-partner", Set.of(Role.PARTNER), keidanren.value(), Set.of());
        var meeting = engagements.findFirstByTitle("Meetings at Keidanren").orElseThrow().getId();

        assertThatThrownBy(() -> ViewerContext.call(partner, () -> briefings.pack(tokyoVisit(), Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        var pack = ViewerContext.call(partner, () -> briefings.pack(meeting, Locale.ENGLISH));
        assertThat(pack.organizations()).extracting(BriefingPack.OrganizationPart::name).containsExactly("Keidanren");
        assertThat(pack.organizations().getFirst().blocks()).extracting(BriefingBlock::title)
                .doesNotContain("Relationship", "Open follow-ups");
    }

    @Test
    void aMissingFontIsSkippedAndTheOthersAreKept() {
        var fonts = BriefingPdf.load(List.of("/nonexistent/NoSuchFont.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        assertThat(fonts).extracting(BriefingPdf.FontFile::family).containsExactly("DejaVu Sans");
    }

    static String text(byte[] document) throws IOException {
        assertThat(new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
