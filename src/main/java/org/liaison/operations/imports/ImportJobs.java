package org.liaison.operations.imports;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes imports whose node stopped (killed, crashed, lost its database): once when the
 * application is ready, and then periodically on one node at a time (ShedLock). Claiming a job is
 * an atomic update of its row, so two nodes never run the same job.
 */
@Component
class ImportJobs {

    private final ImportRunner runner;
    private final boolean resumeAtStart;

    ImportJobs(ImportRunner runner, @Value("${liaison.imports.resume-at-start:true}") boolean resumeAtStart) {
        this.runner = runner;
        this.resumeAtStart = resumeAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (resumeAtStart) {
            runner.resumeStale();
        }
    }

    @Scheduled(fixedDelayString = "${liaison.imports.resume-interval:PT30S}")
    @SchedulerLock(name = "imports-resume", lockAtMostFor = "PT1M")
    public void resume() {
        runner.resumeStale();
    }
}
