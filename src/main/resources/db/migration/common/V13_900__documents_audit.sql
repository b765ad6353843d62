-- documents: audit tables of Hibernate Envers (operations' audit trail): who stored a document or a
-- new version, and when. Same layout and grants as the other modules' *_aud tables (V6_900).
create table document_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    owner                   varchar(200),
    latest_version          integer,
    created_at              timestamp with time zone,
    primary key (rev, id)
);
create index document_aud_id on document_aud (id);
create table document_version_aud (
    rev                     bigint not null,
    revtype                 smallint,
    document_id             uuid not null,
    number                  integer not null,
    owner                   varchar(200),
    file_name               varchar(255),
    media_type              varchar(200),
    size_bytes              bigint,
    sha256                  varchar(64),
    created_at              timestamp with time zone,
    primary key (rev, document_id, number)
);
create index document_version_aud_id on document_version_aud (document_id);
