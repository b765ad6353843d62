package org.liaison.forum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.forum.internal.ScheduleJobs.Job;
import org.liaison.forum.internal.ScheduleJobs.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table of scheduling jobs ({@code forum_schedule_job}). Every change of a running job is an
 * update guarded by its owner and state, so a node that lost its claim (another node took the job
 * over after the stale period, or an organiser cancelled it) changes nothing.
 */
@Component
class ScheduleJobStore {

    private static final String COLUMNS = "id, event_id, state, progress, best_weight, meetings, scheduled, unscheduled, "
            + "moved, seconds, seconds_limit, seed, owner, heartbeat_at, created_at, started_at, finished_at, error";

    private final JdbcTemplate jdbc;

    ScheduleJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a job; fails with a DuplicateKeyException when the event has a queued or running job already. */
    void insert(UUID id, UUID event, int seconds, long seed, String createdBy, Instant now) {
        jdbc.update("insert into forum_schedule_job (id, event_id, active_event, state, seconds_limit, seed, progress, "
                + "best_weight, meetings, scheduled, unscheduled, moved, seconds, created_by, created_at) "
                + "values (?, ?, ?, 'QUEUED', ?, ?, 0, 0, 0, 0, 0, 0, 0, ?, ?)",
                id, event, event, seconds, seed, createdBy, Timestamp.from(now));
    }

    Optional<Job> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from forum_schedule_job where id = ?", ScheduleJobStore::job, id)
                .stream().findFirst();
    }

    /** The event's queued or running job. */
    Optional<Job> active(UUID event) {
        return jdbc.query("select " + COLUMNS + " from forum_schedule_job where active_event = ?", ScheduleJobStore::job, event)
                .stream().findFirst();
    }

    /** The event's newest job. */
    Optional<Job> latest(UUID event) {
        return jdbc.query("select " + COLUMNS + " from forum_schedule_job where event_id = ? "
                + "order by created_at desc, id desc fetch first 1 rows only", ScheduleJobStore::job, event).stream().findFirst();
    }

    /** Jobs a node may take: queued ones, and running ones whose node stopped beating before {@code staleBefore}. */
    List<UUID> claimable(Instant staleBefore) {
        return jdbc.queryForList("select id from forum_schedule_job where state = 'QUEUED' "
                + "or (state = 'RUNNING' and (heartbeat_at is null or heartbeat_at < ?)) order by created_at",
                UUID.class, Timestamp.from(staleBefore));
    }

    /** Takes the job for {@code owner} (atomic: at most one node wins); false when it is not claimable. */
    boolean claim(UUID id, String owner, Instant now, Instant staleBefore) {
        return jdbc.update("update forum_schedule_job set state = 'RUNNING', owner = ?, heartbeat_at = ?, "
                + "started_at = coalesce(started_at, ?), progress = 0 where id = ? and "
                + "(state = 'QUEUED' or (state = 'RUNNING' and (heartbeat_at is null or heartbeat_at < ?)))",
                owner, Timestamp.from(now), Timestamp.from(now), id, Timestamp.from(staleBefore)) == 1;
    }

    /** How many accepted meetings went in; false when the claim is lost. */
    boolean sized(UUID id, String owner, int meetings, Instant now) {
        return jdbc.update("update forum_schedule_job set meetings = ?, heartbeat_at = ? where id = ? and owner = ? "
                + "and state = 'RUNNING'", meetings, Timestamp.from(now), id, owner) == 1;
    }

    /** Progress and the best weight so far, and the heartbeat; false when the claim is lost. */
    boolean progress(UUID id, String owner, double progress, long bestWeight, Instant now) {
        return jdbc.update("update forum_schedule_job set progress = ?, best_weight = ?, heartbeat_at = ? where id = ? "
                + "and owner = ? and state = 'RUNNING'", progress, bestWeight, Timestamp.from(now), id, owner) == 1;
    }

    /** Marks the job done (in the transaction that applies its result); false when the claim is lost. */
    boolean finish(UUID id, String owner, int scheduled, int unscheduled, int moved, double seconds, long bestWeight,
            Instant now) {
        return jdbc.update("update forum_schedule_job set state = 'DONE', active_event = null, owner = null, progress = 1, "
                + "scheduled = ?, unscheduled = ?, moved = ?, seconds = ?, best_weight = ?, finished_at = ?, heartbeat_at = ? "
                + "where id = ? and owner = ? and state = 'RUNNING'", scheduled, unscheduled, moved, seconds, bestWeight,
                Timestamp.from(now), Timestamp.from(now), id, owner) == 1;
    }

    void fail(UUID id, String owner, String error, Instant now) {
        jdbc.update("update forum_schedule_job set state = 'FAILED', active_event = null, owner = null, error = ?, "
                + "finished_at = ? where id = ? and owner = ? and state = 'RUNNING'",
                error.length() > 2000 ? error.substring(0, 2000) : error, Timestamp.from(now), id, owner);
    }

    /** Cancels a queued or running job; false when it has ended already. */
    boolean cancel(UUID id, Instant now) {
        return jdbc.update("update forum_schedule_job set state = 'CANCELLED', active_event = null, owner = null, "
                + "finished_at = ? where id = ? and state in ('QUEUED', 'RUNNING')", Timestamp.from(now), id) == 1;
    }

    long seed(UUID id) {
        return jdbc.queryForObject("select seed from forum_schedule_job where id = ?", Long.class, id);
    }

    /** Who holds the job now (null when nobody does). */
    @Nullable String owner(UUID id) {
        return jdbc.query("select owner from forum_schedule_job where id = ?", (rs, n) -> rs.getString(1), id)
                .stream().findFirst().orElse(null);
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), State.valueOf(rs.getString("state")),
                rs.getDouble("progress"), rs.getInt("meetings"), rs.getInt("scheduled"), rs.getInt("unscheduled"),
                rs.getInt("moved"), rs.getDouble("seconds"), rs.getLong("best_weight"), rs.getInt("seconds_limit"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), instant(rs.getTimestamp("heartbeat_at")), rs.getString("error"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
