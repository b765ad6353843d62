-- documents: metadata of versioned files; the content lives under <data-dir>/documents by SHA-256.
create table document (
    id              uuid primary key,
    version         bigint not null,
    owner           varchar(200) not null,
    latest_version  integer not null,
    created_at      timestamp with time zone not null
);
create index document_owner on document (owner);

create table document_version (
    document_id  uuid not null references document (id) on delete cascade,
    number       integer not null,
    owner        varchar(200) not null,
    file_name    varchar(255) not null,
    media_type   varchar(200) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    created_at   timestamp with time zone not null,
    primary key (document_id, number)
);
create index document_version_sha256 on document_version (sha256);
