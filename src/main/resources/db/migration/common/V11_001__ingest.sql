-- ingest: documents taken in (pasted, pages, files, feeds), the facts proposed from them, the
-- decisions on those facts, and the provenance of every record created or updated from them.
create table ingest_document (
    id              uuid primary key,
    version         bigint not null,
    title           varchar(500) not null,
    source_kind     varchar(16) not null,
    source_url      varchar(2000),
    content_hash    varchar(64) not null,
    body            varchar(1048576) not null,
    published_on    date,
    created_by      uuid,
    created_at      timestamp with time zone not null
);
create unique index ingest_document_hash on ingest_document (content_hash);

create table ingest_fact (
    id              uuid primary key,
    version         bigint not null,
    document_id     uuid not null references ingest_document (id) on delete cascade,
    position        integer not null,
    category        varchar(16) not null,
    label           varchar(1000) not null,
    payload         varchar(16000) not null,
    sentence_start  integer not null,
    sentence_end    integer not null,
    status          varchar(16) not null,
    link_id         uuid,
    link_confidence numeric(4,3),
    decided_by      uuid,
    decided_by_name varchar(200),
    decided_at      timestamp with time zone,
    applied         varchar(1000)
);
create index ingest_fact_document on ingest_fact (document_id, position);

create table ingest_provenance (
    id              uuid primary key,
    record_type     varchar(32) not null,
    record_id       uuid not null,
    document_id     uuid not null references ingest_document (id) on delete cascade,
    fact_id         uuid not null references ingest_fact (id) on delete cascade,
    sentence_start  integer not null,
    sentence_end    integer not null,
    accepted_by     uuid,
    accepted_by_name varchar(200) not null,
    accepted_at     timestamp with time zone not null
);
create index ingest_provenance_record on ingest_provenance (record_type, record_id);

create table ingest_feed (
    id              uuid primary key,
    version         bigint not null,
    url             varchar(2000) not null,
    etag            varchar(500),
    last_modified   varchar(100),
    last_polled_at  timestamp with time zone,
    last_status     integer,
    created_at      timestamp with time zone not null
);
create unique index ingest_feed_url on ingest_feed (url);

create table ingest_feed_entry (
    feed_id         uuid not null references ingest_feed (id) on delete cascade,
    entry_key       varchar(500) not null,
    document_id     uuid,
    seen_at         timestamp with time zone not null,
    primary key (feed_id, entry_key)
);
