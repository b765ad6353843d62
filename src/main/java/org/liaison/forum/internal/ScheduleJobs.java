package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the scheduler for an event's accepted meetings in the background, one job per event at a
 * time, with its progress readable while it runs (the page polls it). Locked meetings stay where
 * they are; the last published agenda goes in as {@code previous}, so a re-run after late changes
 * moves few published meetings. The result is written onto the meetings when the solver is done,
 * in one transaction.
 */
@Service
public class ScheduleJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduleJobs.class);

    public enum State { RUNNING, DONE, FAILED }

    /**
     * @param progress 0 to 1
     * @param moved published meetings now elsewhere or unscheduled
     */
    public record Job(UUID id, UUID eventId, State state, double progress, int meetings, int scheduled, int unscheduled,
            int moved, double seconds, Instant startedAt, @Nullable String error) {}

    private final ForumService forum;
    private final ForumMeetings meetings;
    private final MeetingSolver solver;
    private final CurrentViewer viewer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "forum-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> latestByEvent = new ConcurrentHashMap<>();

    ScheduleJobs(ForumService forum, ForumMeetings meetings, MeetingSolver solver, CurrentViewer viewer,
            TransactionTemplate transactions, Clock clock) {
        this.forum = forum;
        this.meetings = meetings;
        this.solver = solver;
        this.viewer = viewer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Starts a job for the event (or answers the one already running) and returns at once. */
    public Job start(UUID eventId, int seconds, long seed) {
        var who = viewer.get();
        if (!ForumService.organiser(who)) {
            throw new AccessDeniedException("Only organisers run the scheduler");
        }
        if (seconds < 1 || seconds > 60) {
            throw new RuleViolationException("forum.seconds", "The scheduler runs 1 to 60 seconds");
        }
        forum.event(eventId);
        synchronized (this) {
            var current = latest(eventId);
            if (current.isPresent() && current.get().state() == State.RUNNING) {
                return current.get();
            }
            var id = UUID.randomUUID();
            var job = new Job(id, eventId, State.RUNNING, 0, 0, 0, 0, 0, 0, Instant.now(clock), null);
            jobs.put(id, job);
            latestByEvent.put(eventId, id);
            executor.submit(() -> ViewerContext.run(who, () -> run(job, Duration.ofSeconds(seconds), seed)));
            return job;
        }
    }

    /** Runs the scheduler now, in the caller's thread (the demo loader), and returns the finished job. */
    public Job runNow(UUID eventId, int seconds, long seed) {
        var job = new Job(UUID.randomUUID(), eventId, State.RUNNING, 0, 0, 0, 0, 0, 0, Instant.now(clock), null);
        jobs.put(job.id(), job);
        latestByEvent.put(eventId, job.id());
        run(job, Duration.ofSeconds(seconds), seed);
        return jobs.get(job.id());
    }

    public Job job(UUID eventId, UUID jobId) {
        forum.event(eventId);
        var job = jobs.get(jobId);
        if (job == null || !job.eventId().equals(eventId)) {
            throw new NotFoundException("schedule job", jobId);
        }
        return job;
    }

    public Optional<Job> latest(UUID eventId) {
        var id = latestByEvent.get(eventId);
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, Duration limit, long seed) {
        try {
            var problem = transactions.execute(status -> {
                var event = forum.event(job.eventId());
                var all = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId());
                return PlanningProblems.of(event, forum.byId(event.getId()).values(), all, PlanningProblems.published(all));
            });
            var p = java.util.Objects.requireNonNull(problem);
            jobs.put(job.id(), copy(job, State.RUNNING, 0, p.meetings().size(), null, null));
            var solution = solver.solve(p, limit, seed,
                    progress -> jobs.computeIfPresent(job.id(), (k, j) -> copy(j, State.RUNNING, progress, j.meetings(), null, null)));
            transactions.executeWithoutResult(status -> apply(job.eventId(), solution));
            jobs.put(job.id(), copy(job, State.DONE, 1, p.meetings().size(), solution, null));
        } catch (RuntimeException e) {
            log.warn("Scheduling event {} failed", job.eventId(), e);
            jobs.put(job.id(), copy(job, State.FAILED, job.progress(), job.meetings(), null, e.getMessage()));
        }
    }

    private void apply(UUID eventId, org.liaison.forum.schedule.Schedule solution) {
        var placed = new HashMap<String, org.liaison.forum.schedule.Placement>();
        solution.assignments().forEach(a -> placed.put(a.meeting(), a));
        for (var m : meetings.findByEventOrderByCreatedAtAscIdAsc(eventId)) {
            if (m.getStatus() != Status.ACCEPTED || m.isLocked()) {
                continue;
            }
            var a = placed.get(m.getId().toString());
            m.place(a == null ? null : a.slot(), a == null ? null : a.table());
        }
    }

    private static Job copy(Job j, State state, double progress, int meetings, org.liaison.forum.schedule.@Nullable Schedule s,
            @Nullable String error) {
        return new Job(j.id(), j.eventId(), state, Math.max(j.progress(), progress), meetings,
                s == null ? j.scheduled() : s.stats().scheduled(), s == null ? j.unscheduled() : s.unscheduled().size(),
                s == null ? j.moved() : s.stats().moved(), s == null ? j.seconds() : s.stats().seconds(), j.startedAt(), error);
    }

    static Viewer system() {
        return Viewer.system("forum-scheduler");
    }
}
