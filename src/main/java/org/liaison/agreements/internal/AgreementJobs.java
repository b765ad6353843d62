package org.liaison.agreements.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The agreements' daily jobs, each locked in the database so one node runs it: the lifecycle
 * moves the dates call for (signed → active → expiring → expired), then the reminders. Tests and
 * administrators call the methods directly; the lock applies to those calls too.
 */
@Component
public class AgreementJobs {

    private final AgreementService agreements;
    private final Reminders reminders;

    AgreementJobs(AgreementService agreements, Reminders reminders) {
        this.agreements = agreements;
        this.reminders = reminders;
    }

    /** Applies the automatic transitions; returns how many agreements moved. */
    @Scheduled(cron = "${liaison.agreements.lifecycle-cron:0 5 0 * * *}")
    @SchedulerLock(name = "agreements-lifecycle")
    public void advanceLifecycle() {
        ViewerContext.run(Viewer.system("agreements-lifecycle"), agreements::advanceAll);
    }

    /** Sends the reminders due (each once, ever). */
    @Scheduled(cron = "${liaison.agreements.reminder-cron:0 0 7 * * *}")
    @SchedulerLock(name = "agreements-reminders")
    public void sendReminders() {
        ViewerContext.run(Viewer.system("agreements-reminders"), reminders::sendDue);
    }
}
