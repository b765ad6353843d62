package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.CurrentViewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ScheduleJobs.State;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling jobs kept in the table: a job whose node stopped (no heartbeat for the stale period)
 * is claimed and finished by another runner, which applies the result, while the stopped node can
 * no longer report or finish; a live node's job is not taken; a job queued before a restart is run
 * by the next start's resume; one job per event is active; a cancelled job is not run.
 */
@Tag("persistence")
@SpringBootTest
class ScheduleJobsIntegrationTests {

    @Autowired ForumAccess access;
    @Autowired ForumEvents events;
    @Autowired ForumRegistrations registrations;
    @Autowired MeetingRequests requests;
    @Autowired ScheduleJobs jobs;
    @Autowired ScheduleJobStore store;
    @Autowired ForumMeetings meetings;
    @Autowired MeetingSolver solver;
    @Autowired CurrentViewer viewer;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired DirectoryService directory;
    @Autowired EngagementCommands engagements;

    /** A fresh event with two accepted meetings between three participants. */
    UUID eventWithMeetings(String title) {
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        var event = fixtures.event(title + " " + UUID.randomUUID().toString().substring(0, 6)).id();
        var a = fixtures.participant(event, "Job A", ParticipantType.COMPANY, null, "en").id();
        var b = fixtures.participant(event, "Job B", ParticipantType.COMPANY, null, "en").id();
        var c = fixtures.participant(event, "Job C", ParticipantType.COMPANY, null, "en").id();
        ViewerContext.run(ForumFixtures.SYSTEM, () -> {
            requests.add(event, List.of(a, b), "first");
            requests.add(event, List.of(b, c), "second");
        });
        return event;
    }

    ScheduleJobs secondNode(String name) {
        return new ScheduleJobs(access, meetings, solver, viewer, store, transactions, clock, Duration.ofSeconds(30), name);
    }

    @Test
    void aJobWhoseNodeStoppedIsTakenOverByAnotherNodeWhichAppliesTheResult() {
        var event = eventWithMeetings("Takeover forum");
        var id = UUID.randomUUID();
        var now = clock.instant();
        store.insert(id, event, 1, 1, "test", now);
        assertThat(store.claim(id, "node-a", now, now.minusSeconds(30))).isTrue();

        var nodeB = secondNode("node-b");
        assertThat(nodeB.run(id)).as("node A is alive: its job is not taken").isFalse();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(State.RUNNING);

        // node A stops beating (killed, or restarted): after the stale period the job is node B's
        jdbc.update("update forum_schedule_job set heartbeat_at = ? where id = ?", Timestamp.from(now.minusSeconds(120)), id);
        assertThat(store.claimable(clock.instant().minusSeconds(30))).contains(id);
        assertThat(nodeB.run(id)).isTrue();

        var done = store.find(id).orElseThrow();
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.meetings()).isEqualTo(2);
        assertThat(done.scheduled()).isEqualTo(2);
        assertThat(done.bestWeight()).isEqualTo(2);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> requests.meetings(event)))
                .allSatisfy(m -> assertThat(m.slot()).isNotNull());
        // node A, back from the dead, can neither report nor apply anything
        assertThat(store.progress(id, "node-a", 0.5, 1, clock.instant())).isFalse();
        assertThat(store.finish(id, "node-a", 0, 2, 0, 1, 0, clock.instant())).isFalse();
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.latest(event)).orElseThrow().id()).isEqualTo(id);
    }

    @Test
    void aJobQueuedBeforeARestartIsRunByTheNextStartsResume() {
        var event = eventWithMeetings("Restart forum");
        var id = UUID.randomUUID();
        store.insert(id, event, 1, 1, "test", clock.instant()); // queued; its node stopped before running it

        assertThat(jobs.resumeStale()).isPositive();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(store.find(id).orElseThrow().state()).isEqualTo(State.DONE));
        assertThat(store.find(id).orElseThrow().scheduled()).isEqualTo(2);
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> requests.meetings(event)))
                .allSatisfy(m -> assertThat(m.slot()).isNotNull());
    }

    @Test
    void anEventHasOneActiveJobAndACancelledJobIsNotRun() {
        var event = eventWithMeetings("One job forum");
        var cancelledId = UUID.randomUUID();
        store.insert(cancelledId, event, 1, 1, "test", clock.instant());
        var cancelled = ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.cancel(event, cancelledId));
        assertThat(cancelled.state()).isEqualTo(State.CANCELLED);
        assertThat(secondNode("node-c").run(cancelledId)).as("a cancelled job is not claimable").isFalse();
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> requests.meetings(event)))
                .allSatisfy(m -> assertThat(m.slot()).isNull());

        // a job queued (by another node, say) is the event's one active job: starting again answers it
        // (and runs it here, so a queued job never waits for a node that is gone)
        var queuedId = UUID.randomUUID();
        store.insert(queuedId, event, 1, 1, "test", clock.instant());
        var again = ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.start(event, 1, 1));
        assertThat(again.id()).as("the active job is answered, no second one queued").isEqualTo(queuedId);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(store.find(queuedId).orElseThrow().state()).isEqualTo(State.DONE));
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.latest(event)).orElseThrow().id()).isEqualTo(queuedId);
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(org.liaison.shared.RuleViolationException.class,
                () -> ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.cancel(event, queuedId))).code())
                .isEqualTo("forum.job-not-cancellable");
    }
}
