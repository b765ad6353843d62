-- operations: imports of CSV/Excel files and their ledger. A batch's rows and ledger entries are
-- committed in the same transaction as the records they wrote, so a killed import resumes after
-- its last committed batch (import_job.rows_done) and never leaves a partial batch.
create table import_job (
    id                 uuid primary key,
    file_name          varchar(300) not null,
    fingerprint        varchar(64) not null,
    size_bytes         bigint not null,
    excel              boolean not null,
    mapping            varchar(2000) not null,
    status             varchar(20) not null,
    created_by         uuid,
    created_by_name    varchar(200) not null,
    created_at         timestamp with time zone not null,
    started_at         timestamp with time zone,
    finished_at        timestamp with time zone,
    owner              varchar(64),
    heartbeat_at       timestamp with time zone,
    rows_done          integer not null,
    last_row           integer not null,
    batches            integer not null,
    created_count      integer not null,
    updated_count      integer not null,
    unchanged_count    integer not null,
    duplicate_count    integer not null,
    bad_count          integer not null,
    people_count       integer not null,
    affiliation_count  integer not null,
    relationship_count integer not null,
    total_rows         integer,
    failure            varchar(2000)
);
create index import_job_fingerprint on import_job (fingerprint);
create index import_job_status on import_job (status);

create table import_batch (
    job_id       uuid not null,
    batch_no     integer not null,
    first_row    integer not null,
    last_row     integer not null,
    row_count    integer not null,
    committed_at timestamp with time zone not null,
    primary key (job_id, batch_no)
);

create table import_row (
    job_id          uuid not null,
    row_no          integer not null,
    batch_no        integer not null,
    row_key         varchar(1000) not null,
    outcome         varchar(20) not null,
    organization_id uuid,
    person_id       uuid,
    duplicate_of    integer,
    detail          varchar(2000),
    primary key (job_id, row_no)
);
create index import_row_org on import_row (job_id, outcome);
