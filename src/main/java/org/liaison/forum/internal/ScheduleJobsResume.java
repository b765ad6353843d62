package org.liaison.forum.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes up scheduling jobs that no node is running: at start (a job of this node before a restart
 * goes stale and is taken over) and then every little while (a job of a node that stopped). The
 * claim itself is atomic, so two nodes never run the same job.
 */
@Component
class ScheduleJobsResume {

    private final ScheduleJobs jobs;
    private final boolean atStart;

    ScheduleJobsResume(ScheduleJobs jobs, @Value("${liaison.forum.schedule-resume-at-start:true}") boolean atStart) {
        this.jobs = jobs;
        this.atStart = atStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (atStart) {
            jobs.resumeStale();
        }
    }

    @Scheduled(fixedDelayString = "${liaison.forum.schedule-resume-interval:PT15S}")
    @SchedulerLock(name = "forum-schedule-resume", lockAtMostFor = "PT1M")
    public void resume() {
        jobs.resumeStale();
    }
}
