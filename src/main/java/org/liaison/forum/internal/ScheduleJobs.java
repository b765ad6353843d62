package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.schedule.Schedule;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the scheduler for an event's accepted meetings in the background. Jobs live in the table
 * {@code forum_schedule_job} (see {@link ScheduleJobStore}), so they survive a restart and run once
 * across nodes: a node claims a job by an atomic update, beats while it solves (with the progress
 * and the best weight so far, which every node's page reads from the table), and a job whose node
 * stopped beating for the stale period is taken over by another node (or by this one after a
 * restart). One job per event is queued or running at a time. Locked meetings stay where they
 * are; the last published agenda goes in as {@code previous}, so a re-run after late changes moves
 * few published meetings. The result is written onto the meetings in the same transaction that
 * marks the job done, and only while this node still holds the job.
 */
@Service
public class ScheduleJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduleJobs.class);

    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /**
     * @param progress 0 to 1 of the solver's time
     * @param bestWeight the weight of the best schedule found so far
     * @param moved published meetings now elsewhere or unscheduled
     * @param startedAt when a node first took the job (null while queued)
     * @param heartbeatAt the running node's last sign of life
     */
    public record Job(UUID id, UUID eventId, State state, double progress, int meetings, int scheduled, int unscheduled,
            int moved, double seconds, long bestWeight, int secondsLimit, Instant createdAt, @Nullable Instant startedAt,
            @Nullable Instant finishedAt, @Nullable Instant heartbeatAt, @Nullable String error) {

        public boolean active() {
            return state == State.QUEUED || state == State.RUNNING;
        }
    }

    private final ForumAccess access;
    private final ForumMeetings meetings;
    private final MeetingSolver solver;
    private final CurrentViewer viewer;
    private final ScheduleJobStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration staleAfter;
    private final String owner;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "forum-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    /** Jobs queued or running on this node: a stale check does not queue them again. */
    private final Set<UUID> local = ConcurrentHashMap.newKeySet();

    @Autowired
    ScheduleJobs(ForumAccess access, ForumMeetings meetings, MeetingSolver solver, CurrentViewer viewer,
            ScheduleJobStore store, TransactionTemplate transactions, Clock clock,
            @Value("${liaison.forum.schedule-stale-after:PT30S}") Duration staleAfter) {
        this(access, meetings, solver, viewer, store, transactions, clock, staleAfter, "node-" + UUID.randomUUID());
    }

    /** A runner with its own node name (tests start a second node beside the application's). */
    ScheduleJobs(ForumAccess access, ForumMeetings meetings, MeetingSolver solver, CurrentViewer viewer,
            ScheduleJobStore store, TransactionTemplate transactions, Clock clock, Duration staleAfter, String owner) {
        this.access = access;
        this.meetings = meetings;
        this.solver = solver;
        this.viewer = viewer;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.owner = owner;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** This node's name in the table's owner column. */
    String owner() {
        return owner;
    }

    /** Queues a job for the event (or answers the one queued or running) and returns at once; this node runs it. */
    public Job start(UUID eventId, int seconds, long seed) {
        var who = viewer.get();
        if (!ForumAccess.organiser(who)) {
            throw new AccessDeniedException("Only organisers run the scheduler");
        }
        if (seconds < 1 || seconds > 60) {
            throw new RuleViolationException("forum.seconds", "The scheduler runs 1 to 60 seconds");
        }
        access.event(eventId);
        var queued = queue(eventId, seconds, seed, who.username());
        if (queued.state() == State.QUEUED) {
            runSoon(queued.id());
        }
        return queued;
    }

    /** Queues a job, or answers the event's active one. */
    private Job queue(UUID eventId, int seconds, long seed, String createdBy) {
        var id = UUID.randomUUID();
        try {
            store.insert(id, eventId, seconds, seed, createdBy, clock.instant());
        } catch (DuplicateKeyException e) {
            var active = store.active(eventId);
            if (active.isPresent()) {
                return active.get();
            }
            throw e;
        }
        return store.find(id).orElseThrow();
    }

    /** Runs the scheduler now, in the caller's thread (the demo loader), and returns the finished job. */
    public Job runNow(UUID eventId, int seconds, long seed) {
        var job = queue(eventId, seconds, seed, viewer.get().username());
        run(job.id());
        return store.find(job.id()).orElseThrow();
    }

    /** Cancels a queued or running job: nothing of it is applied. */
    public Job cancel(UUID eventId, UUID jobId) {
        if (!ForumAccess.organiser(viewer.get())) {
            throw new AccessDeniedException("Only organisers run the scheduler");
        }
        job(eventId, jobId);
        if (!store.cancel(jobId, clock.instant())) {
            throw new RuleViolationException("forum.job-not-cancellable", "The job has ended already");
        }
        return store.find(jobId).orElseThrow();
    }

    public Job job(UUID eventId, UUID jobId) {
        access.event(eventId);
        return store.find(jobId).filter(j -> j.eventId().equals(eventId))
                .orElseThrow(() -> new NotFoundException("schedule job", jobId));
    }

    public Optional<Job> latest(UUID eventId) {
        return store.latest(eventId);
    }

    /** Runs the job on this node's scheduler thread, unless it is queued here already. */
    void runSoon(UUID id) {
        if (local.add(id)) {
            executor.submit(() -> {
                try {
                    run(id);
                } finally {
                    local.remove(id);
                }
            });
        }
    }

    /** Queues every job that is queued or whose node stopped beating (crashed, killed, restarted); returns how many. */
    public int resumeStale() {
        var ids = store.claimable(clock.instant().minus(staleAfter));
        ids.forEach(this::runSoon);
        if (!ids.isEmpty()) {
            log.info("Scheduling: taking up {} job(s)", ids.size());
        }
        return ids.size();
    }

    /** Claims and runs a job to its end in the calling thread; false when it was not claimable. */
    boolean run(UUID id) {
        var now = clock.instant();
        if (!store.claim(id, owner, now, now.minus(staleAfter))) {
            return false;
        }
        var job = store.find(id).orElseThrow();
        try {
            ViewerContext.run(Viewer.system("forum-scheduler"), () -> solve(job));
        } catch (RuntimeException e) {
            log.warn("Scheduling event {} failed", job.eventId(), e);
            store.fail(id, owner, Objects.toString(e.getMessage(), e.getClass().getSimpleName()), clock.instant());
        }
        return true;
    }

    private void solve(Job job) {
        var problem = Objects.requireNonNull(transactions.execute(status -> {
            var event = access.event(job.eventId());
            var all = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId());
            return PlanningProblems.of(event, access.byId(event.getId()).values(), all, PlanningProblems.published(all));
        }));
        if (!store.sized(job.id(), owner, problem.meetings().size(), clock.instant())) {
            log.info("Scheduling job {} is no longer this node's", job.id());
            return;
        }
        var best = new AtomicLong();
        var lost = new boolean[1];
        var solution = solver.solve(problem, Duration.ofSeconds(job.secondsLimit()), seedOf(job), (fraction, weight) -> {
            best.set(weight);
            if (!lost[0] && !store.progress(job.id(), owner, fraction, weight, clock.instant())) {
                lost[0] = true; // cancelled, or taken over: stop the solver (it checks the interrupt flag)
                Thread.currentThread().interrupt();
            }
        });
        boolean interrupted = Thread.interrupted();
        if (lost[0]) {
            log.info("Scheduling job {} was cancelled or taken over; its result is dropped", job.id());
            return;
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // shutting down: the job stays running and goes stale for another node
            return;
        }
        var moved = new boolean[1];
        transactions.executeWithoutResult(status -> {
            if (!sameSlots(access.event(job.eventId()), problem)) {
                moved[0] = true; // slot codes name other moments now: applying them would re-date meetings
                return;
            }
            if (!store.finish(job.id(), owner, solution.stats().scheduled(), solution.unscheduled().size(),
                    solution.stats().moved(), solution.stats().seconds(), weight(solution), clock.instant())) {
                status.setRollbackOnly();
                log.info("Scheduling job {} was cancelled or taken over before its result was applied", job.id());
                return;
            }
            apply(job.eventId(), solution);
        });
        if (moved[0]) {
            log.info("Scheduling job {}: the event's slots changed while it ran; its result is dropped", job.id());
            store.fail(job.id(), owner, "the event's slots changed while the scheduler ran: run it again", clock.instant());
        }
    }

    /** Whether the event still has the slots (codes and moments) the job's instance was built with. */
    static boolean sameSlots(BrokerageEvent event, org.liaison.forum.schedule.Instance problem) {
        var now = event.getSlots();
        var then = problem.slots();
        if (now.size() != then.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).code().equals(then.get(i).id()) || !now.get(i).startsAt().equals(then.get(i).start().toInstant())) {
                return false;
            }
        }
        return true;
    }

    private long seedOf(Job job) {
        return store.seed(job.id());
    }

    private static long weight(Schedule solution) {
        return solution.stats().weight();
    }

    private void apply(UUID eventId, Schedule solution) {
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
}
