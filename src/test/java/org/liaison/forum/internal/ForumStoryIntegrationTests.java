package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.ViewerContext;
import org.liaison.forum.ForumFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo forum, made through the bulk path (participants and meetings in memory, one
 * transaction with batch inserts): every participant is sample data and approved, the group
 * meeting is there, no pair has two open requests or meetings, nobody has more accepted meetings
 * than its cap, and the first start scheduled it (a finished job in the table) and published the
 * preliminary agenda.
 */
@Tag("persistence")
@SpringBootTest
class ForumStoryIntegrationTests {

    @Autowired ForumEvents events;
    @Autowired ForumRegistrations registrations;
    @Autowired MeetingRequests requests;
    @Autowired ScheduleJobs jobs;
    @Autowired ForumBooths booths;

    @Test
    void theDemoForumKeepsTheMarketplacesRulesAndIsScheduledOnFirstStart() {
        ViewerContext.run(ForumFixtures.SYSTEM, () -> {
            var event = events.list().stream().filter(e -> e.title().equals(ForumStory.TITLE)).findFirst().orElseThrow();
            assertThat(event.sample()).isTrue();
            assertThat(event.agendaStatus()).isIn("PRELIMINARY", "FINAL");
            var people = registrations.registrations(event.id());
            assertThat(people).hasSize(50).allSatisfy(p -> {
                assertThat(p.sample()).isTrue();
                assertThat(p.status()).isEqualTo("APPROVED");
            });
            // the story's Skolkovo Foundation and Lenovo hold booths, sample delegates like everyone here
            assertThat(booths.booths(event.id())).extracting(b -> b.booth() + " " + b.organizationName())
                    .containsExactly("B-1 Skolkovo Foundation", "B-2 Lenovo");
            assertThat(booths.booths(event.id())).allSatisfy(b -> assertThat(b.sample()).isTrue());
            var types = new HashMap<UUID, ParticipantType>();
            people.forEach(p -> types.put(p.id(), p.type()));

            var meetings = requests.meetings(event.id());
            assertThat(meetings).anySatisfy(m -> {
                assertThat(m.participants()).hasSize(3);
                assertThat(m.status()).isEqualTo("ACCEPTED");
            });
            var open = new HashSet<Set<UUID>>();
            var accepted = new HashMap<UUID, Integer>();
            for (var m : meetings) {
                var ids = m.participants().stream().map(w -> w.id()).collect(java.util.stream.Collectors.toSet());
                if (m.status().equals("REQUESTED") || m.status().equals("ACCEPTED")) {
                    assertThat(open.add(ids)).as("one open request or meeting per pair: %s", ids).isTrue();
                }
                if (m.status().equals("ACCEPTED")) {
                    ids.forEach(id -> accepted.merge(id, 1, Integer::sum));
                }
            }
            assertThat(accepted.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
            accepted.forEach((id, n) -> {
                Integer cap = event.typeCaps().containsKey(types.get(id))
                        ? Math.min(event.typeCaps().get(types.get(id)), event.maxMeetings() == null ? Integer.MAX_VALUE : event.maxMeetings())
                        : event.maxMeetings();
                assertThat(n).as("accepted meetings of %s", id).isLessThanOrEqualTo(cap == null ? Integer.MAX_VALUE : cap);
            });
            assertThat(meetings).filteredOn(m -> m.status().equals("ACCEPTED") && m.slot() != null).hasSizeGreaterThan(50);

            var job = jobs.latest(event.id()).orElseThrow();
            assertThat(job.state()).isEqualTo(ScheduleJobs.State.DONE);
            assertThat(job.scheduled()).isPositive().isLessThanOrEqualTo(job.meetings());
        });
    }
}
