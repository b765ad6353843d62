package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.access.ReadScope;
import org.liaison.access.Visibility;
import org.liaison.engagements.EngagementKind;

class EngagementTests {

    final UUID lenovo = UUID.randomUUID();
    final UUID zte = UUID.randomUUID();
    final UUID skolkovo = UUID.randomUUID();
    final UUID person = UUID.randomUUID();

    Engagement forum() {
        return new Engagement(EngagementKind.FORUM, "Sino-Russian Trade and Investment Forum",
                Schedule.of(LocalDateTime.of(2012, 4, 28, 9, 0), null, "Europe/Moscow"), Instant.EPOCH);
    }

    @Test
    void isInternalWhileNoOrganizationTakesPart() {
        var forum = forum();
        forum.participate(List.of(Participant.person(person, Side.HUB, null)));

        assertThat(forum.getAccess().visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(ReadScope.partner(lenovo).permits(forum.getAccess())).isFalse();
    }

    @Test
    void isSharedWithExactlyTheParticipatingOrganizations() {
        var forum = forum();
        forum.participate(List.of(Participant.organization(lenovo, Side.PARTNER, null),
                Participant.organization(zte, Side.PARTNER, null), Participant.person(person, Side.HUB, null)));

        assertThat(forum.getAccess().visibility()).isEqualTo(Visibility.SHARED);
        assertThat(forum.getAccess().sharedWith()).containsExactlyInAnyOrder(lenovo, zte);
        assertThat(ReadScope.partner(lenovo).permits(forum.getAccess())).isTrue();
        assertThat(ReadScope.partner(UUID.randomUUID()).permits(forum.getAccess())).isFalse();
    }

    @Test
    void sharingFollowsAChangeOfParticipants() {
        var forum = forum();
        forum.participate(List.of(Participant.organization(lenovo, Side.PARTNER, null)));
        forum.participate(List.of(Participant.organization(zte, Side.PARTNER, null)));

        assertThat(forum.getAccess().sharedWith()).containsExactly(zte);
        assertThat(ReadScope.partner(lenovo).permits(forum.getAccess())).isFalse();
    }

    @Test
    void listsAParticipantOnlyOnce() {
        var forum = forum();
        forum.participate(List.of(Participant.organization(lenovo, Side.PARTNER, null),
                Participant.organization(lenovo, Side.PARTNER, "again")));

        assertThat(forum.getParticipants()).hasSize(1);
    }

    @Test
    void aMergeMovesParticipantsToTheSurvivorOnceAndOnlyOnce() {
        var forum = forum();
        forum.participate(List.of(Participant.organization(skolkovo, Side.HUB, null),
                Participant.organization(lenovo, Side.PARTNER, null), Participant.organization(zte, Side.PARTNER, null)));

        assertThat(forum.replaceOrganization(zte, lenovo)).isTrue();
        assertThat(forum.replaceOrganization(zte, lenovo)).isFalse();

        assertThat(forum.organizations()).containsExactly(skolkovo, lenovo);
        assertThat(forum.getAccess().sharedWith()).isEqualTo(Set.of(skolkovo, lenovo));
    }

    @Test
    void onlyForumsConferencesVisitsAndDelegationsContainMeetings() {
        assertThat(EngagementKind.VISIT.canContain()).isTrue();
        assertThat(EngagementKind.FORUM.canContain()).isTrue();
        assertThat(EngagementKind.MEETING.canContain()).isFalse();
        assertThat(EngagementKind.CALL.canContain()).isFalse();
    }
}
