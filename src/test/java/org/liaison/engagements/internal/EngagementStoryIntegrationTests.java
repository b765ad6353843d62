package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.engagements.EngagementKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The engagements of the reference story, loaded on the first start of the test database. */
@Tag("persistence")
@SpringBootTest
class EngagementStoryIntegrationTests {

    @Autowired
    EngagementStory story;
    @Autowired
    EngagementService service;
    @Autowired
    Engagements engagements;
    @Autowired
    FollowUps followUps;
    @Autowired
    UserAccounts users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DirectoryQueries directory;

    EngagementView named(String title) {
        return ViewerContext.call(Viewer.system("story test"), () -> service.engagement(
                engagements.findFirstByTitle(title).orElseThrow().getId()));
    }

    UUID organization(String name) {
        return ViewerContext.call(Viewer.system("story test"), () -> directory.organizationNamed(name)).orElseThrow().value();
    }

    UUID person(String name) {
        return ViewerContext.call(Viewer.system("story test"), () -> directory.personNamed(name)).orElseThrow().value();
    }

    @Test
    void theForumHasLiKeqiangVekselbergAndTheOrganizationsOfTheStory() {
        var forum = named(EngagementStory.FORUM);

        assertThat(forum.kind()).isEqualTo(EngagementKind.FORUM);
        assertThat(forum.start().toLocalDate()).isEqualTo(LocalDate.of(2012, 4, 28));
        assertThat(forum.notes()).contains("approximate");
        assertThat(forum.participants()).extracting(ParticipantView::organization).contains(
                organization("Skolkovo Foundation"), organization("Lenovo"), organization("ZTE"),
                organization("State Council of the People's Republic of China"));
        assertThat(forum.participants()).extracting(ParticipantView::person).contains(person("Li Keqiang"),
                person("Viktor Vekselberg"));
        assertThat(forum.participants()).filteredOn(p -> p.person() != null).hasSize(2);
    }

    @Test
    void theTokyoVisitOfApril26HoldsItsFourMeetingsInTokyoTime() {
        var visit = named(EngagementStory.TOKYO_VISIT);
        var meetings = ViewerContext.call(Viewer.system("story test"), () -> service.meetings(visit.id()));

        assertThat(visit.start().toLocalDate()).isEqualTo(LocalDate.of(2012, 4, 26));
        assertThat(visit.start().getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(meetings).hasSize(4).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(EngagementKind.MEETING);
            assertThat(m.start().toLocalDate()).isEqualTo(LocalDate.of(2012, 4, 26));
        });
        assertThat(meetings).flatExtracting(EngagementView::participants).extracting(ParticipantView::organization)
                .contains(organization("Ministry of Economy, Trade and Industry"),
                        organization("Ministry of Foreign Affairs of Japan"), organization("Keidanren"),
                        organization("Research Center of Applied Sciences and Technologies"));
    }

    @Test
    void theMemorandumWithTheTorchTechnoparkIsSharedWithItsPartnerUser() {
        var mou = named(EngagementStory.MOU);
        var partner = users.findByUsername("partner").orElseThrow();

        assertThat(mou.start().toLocalDate()).isEqualTo(LocalDate.of(2012, 4, 2));
        assertThat(mou.notes()).contains("approximate");
        var seen = ViewerContext.call(partner.viewer(), () -> service.list(EngagementFilter.none(), 0, 100));
        assertThat(seen.getContent()).extracting(EngagementView::title).contains(EngagementStory.MOU)
                .doesNotContain(EngagementStory.TOKYO_VISIT);
    }

    @Test
    void sampleFollowUpsAreMarkedAndDatedFromToday() {
        var manager = users.findByUsername("manager").orElseThrow();
        var open = followUps.findByOwnerAndDoneFalseOrderByDueDateAscTitleAsc(manager.id());

        assertThat(open).filteredOn(FollowUp::isSample).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getTitle()).startsWith("Sample data: ");
            assertThat(Objects.requireNonNull(f.getDueDate())).isAfterOrEqualTo(LocalDate.now());
        });
        assertThat(open).extracting(FollowUp::getTitle).contains("Sample data: Send Hitachi a proposal");
    }

    @Test
    void contributingAgainAddsNothing() {
        long engagementsBefore = engagements.count();
        long followUpsBefore = followUps.count();

        tx.executeWithoutResult(s -> story.contribute());

        assertThat(engagements.count()).isEqualTo(engagementsBefore);
        assertThat(followUps.count()).isEqualTo(followUpsBefore);
    }
}
