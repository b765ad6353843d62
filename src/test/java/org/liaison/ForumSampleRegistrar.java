package org.liaison;

import java.util.List;
import java.util.function.Function;

import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingPlacements;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.ScheduleJobs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Path samples of the forum's endpoints (rows in authz/forum.md): a fresh event with two approved
 * participants of fresh organizations ({participantA}, {participantB}); a fresh participant; a
 * fresh meeting request; for lock, placement and outcome an accepted meeting placed at d1-1000,
 * T-1 and published; a finished scheduling job.
 */
class ForumSampleRegistrar implements AuthorizationMatrixIntegrationTests.SampleRegistrar {

    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementCommands engagements;
    @Autowired
    ForumEvents events;
    @Autowired
    ForumRegistrations registrations;
    @Autowired
    MeetingRequests requests;
    @Autowired
    MeetingPlacements placements;
    @Autowired
    ScheduleJobs jobs;

    @Override
    public void register(AuthorizationMatrixIntegrationTests.Samples samples, org.liaison.access.SignedIn signedIn) {
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        samples.variable("forumEngagement", r -> fixtures.forumEngagement("Matrix forum").toString());
        Function<AuthorizationMatrixIntegrationTests.Samples.Request, String> event = r -> {
            var made = fixtures.event("Matrix forum").id();
            r.shared().put("participantA", fixtures.participant(made, "Matrix A", ParticipantType.COMPANY, null, "en").id().toString());
            r.shared().put("participantB", fixtures.participant(made, "Matrix B", ParticipantType.COMPANY, null, "en").id().toString());
            r.shared().put("idVersion", String.valueOf(ViewerContext.call(ForumFixtures.SYSTEM, () -> events.read(made)).version()));
            return made.toString();
        };
        samples.under("/api/v1/forum/events/", "id", event);
        samples.under("/forum/events/", "id", event);
        samples.under("/api/v1/forum/events/{id}/schedule-jobs/", "id", r -> {
            var made = fixtures.event("Matrix scheduled forum").id();
            r.shared().put("jobId", ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.runNow(made, 1, 1)).id().toString());
            return made.toString();
        });
        Function<AuthorizationMatrixIntegrationTests.Samples.Request, String> participant = r -> {
            var made = fixtures.event("Matrix forum").id();
            r.shared().put("participantEvent", made.toString());
            var p = fixtures.participant(made, "Matrix participant", ParticipantType.COMPANY, null, "en");
            r.shared().put("idVersion", String.valueOf(p.version()));
            return p.id().toString();
        };
        samples.under("/api/v1/forum/participants/", "id", participant);
        samples.under("/forum/participants/", "id", participant);
        Function<AuthorizationMatrixIntegrationTests.Samples.Request, String> request = r -> ViewerContext.call(ForumFixtures.SYSTEM, () -> {
            var made = fixtures.event("Matrix forum").id();
            var a = fixtures.participant(made, "Matrix A", ParticipantType.COMPANY, null, "en").id();
            var b = fixtures.participant(made, "Matrix B", ParticipantType.COMPANY, null, "en").id();
            r.shared().put("meetingEvent", made.toString());
            return requests.request(made, a, b, "Matrix").id().toString();
        });
        Function<AuthorizationMatrixIntegrationTests.Samples.Request, String> placed = r -> ViewerContext.call(ForumFixtures.SYSTEM, () -> {
            var made = fixtures.event("Matrix forum").id();
            var a = fixtures.participant(made, "Matrix A", ParticipantType.COMPANY, null, "en").id();
            var b = fixtures.participant(made, "Matrix B", ParticipantType.COMPANY, null, "en").id();
            var meeting = requests.add(made, List.of(a, b), null);
            var at = placements.place(meeting.id(), meeting.version(), "d1-1000", null);
            events.publish(made, AgendaStatus.PRELIMINARY);
            r.shared().put("meetingEvent", made.toString());
            r.shared().put("idVersion", String.valueOf(requests.readMeeting(at.id()).version()));
            return meeting.id().toString();
        });
        samples.under("/api/v1/forum/meetings/", "id", request);
        samples.under("/forum/meetings/", "id", request);
        for (String action : List.of("lock", "unlock", "placement", "outcome")) {
            samples.under("/api/v1/forum/meetings/{id}/" + action, "id", placed);
        }
        samples.under("/forum/meetings/{id}/placement", "id", placed);
        samples.under("/forum/meetings/{id}/outcome", "id", placed);
        samples.under("/forum/meetings/", "action", r -> "accept");
    }
}
