-- ingest: audit tables of Hibernate Envers (operations' audit trail) for documents, proposed facts
-- and feeds. One row per record and revision (rev -> audit_revision.id, kept without a foreign key
-- so each module's migrations stand alone); revtype 0 = created, 1 = changed, 2 = deleted. Not
-- audited: a document's text (it never changes; its hash is kept) and a feed's polling
-- bookkeeping (validators, last poll and answer). Append-only: on PostgreSQL the application's role
-- gets SELECT and INSERT only (postgresql/afterMigrate.sql). See README, "The audit trail".
create table ingest_document_aud (
    rev             bigint not null,
    revtype         smallint,
    id              uuid not null,
    title           varchar(500),
    source_kind     varchar(16),
    source_url      varchar(2000),
    content_hash    varchar(64),
    published_on    date,
    created_by      uuid,
    created_at      timestamp with time zone,
    primary key (rev, id)
);
create index ingest_document_aud_id on ingest_document_aud (id);

create table ingest_fact_aud (
    rev             bigint not null,
    revtype         smallint,
    id              uuid not null,
    document_id     uuid,
    position        integer,
    category        varchar(16),
    label           varchar(1000),
    payload         varchar(16000),
    sentence_start  integer,
    sentence_end    integer,
    status          varchar(16),
    link_id         uuid,
    link_confidence numeric(4,3),
    decided_by      uuid,
    decided_by_name varchar(200),
    decided_at      timestamp with time zone,
    applied         varchar(1000),
    primary key (rev, id)
);
create index ingest_fact_aud_id on ingest_fact_aud (id);

create table ingest_feed_aud (
    rev             bigint not null,
    revtype         smallint,
    id              uuid not null,
    url             varchar(2000),
    created_at      timestamp with time zone,
    primary key (rev, id)
);
create index ingest_feed_aud_id on ingest_feed_aud (id);
