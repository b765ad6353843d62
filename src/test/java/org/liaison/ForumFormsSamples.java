package org.liaison;

import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.ScheduleJobs;
import org.springframework.beans.factory.annotation.Autowired;

/** Path samples of the forum's page rows in authz/forum4.md: a fresh event with a finished scheduling job ({jobId}). */
class ForumFormsSamples implements AuthorizationMatrixIntegrationTests.SampleRegistrar {

    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementCommands engagements;
    @Autowired
    ForumEvents events;
    @Autowired
    ForumRegistrations registrations;
    @Autowired
    ScheduleJobs jobs;

    @Override
    public void register(AuthorizationMatrixIntegrationTests.Samples samples, org.liaison.access.SignedIn signedIn) {
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        samples.under("/forum/events/{id}/schedule-jobs/", "id", r -> {
            var made = fixtures.event("Matrix scheduled forum").id();
            r.shared().put("jobId", ViewerContext.call(ForumFixtures.SYSTEM, () -> jobs.runNow(made, 1, 1)).id().toString());
            return made.toString();
        });
    }
}
