-- forum: scheduling jobs kept in a table, so a job survives a restart and runs once across nodes.
-- A node claims a job by an atomic update (queued, or running with a heartbeat older than the stale
-- period); active_event holds the event while the job is queued or running, so its unique
-- constraint allows one active job per event across nodes (null once the job has ended).
create table forum_schedule_job (
    id              uuid primary key,
    event_id        uuid not null references forum_event (id) on delete cascade,
    active_event    uuid,
    state           varchar(16) not null,
    seconds_limit   integer not null,
    seed            bigint not null,
    progress        double precision not null,
    best_weight     bigint not null,
    meetings        integer not null,
    scheduled       integer not null,
    unscheduled     integer not null,
    moved           integer not null,
    seconds         double precision not null,
    owner           varchar(64),
    heartbeat_at    timestamp with time zone,
    created_by      varchar(200),
    created_at      timestamp with time zone not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone,
    error           varchar(2000),
    constraint forum_schedule_job_one_active unique (active_event)
);
create index forum_schedule_job_event on forum_schedule_job (event_id, created_at);
create index forum_schedule_job_state on forum_schedule_job (state);
