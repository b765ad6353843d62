-- directory: audit tables of Hibernate Envers (operations' audit trail). One row per record and revision
-- (rev -> audit_revision.id, kept without a foreign key so each module's migrations stand alone);
-- revtype 0 = created, 1 = changed, 2 = deleted. Append-only: see README, "The audit trail".
create table organization_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    country                 varchar(2),
    created_at              timestamp with time zone,
    updated_at              timestamp with time zone,
    merged_into             uuid,
    owner_organization_id   uuid,
    confidential_group      varchar(64),
    city                    varchar(200),
    website                 varchar(500),
    description             varchar(4000),
    shared_with             varchar(4000),
    kind                    varchar(32),
    visibility              varchar(32),
    primary key (rev, id)
);
create index organization_aud_id on organization_aud (id);
create table organization_name_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    is_alias                boolean,
    is_primary              boolean,
    position                integer not null,
    organization_id         uuid not null,
    lang                    varchar(35),
    text                    varchar(500),
    primary key (position, revtype, rev, organization_id)
);
create table organization_technology_area_aud (
    rev                     bigint not null,
    revtype                 smallint,
    organization_id         uuid not null,
    area                    varchar(100) not null,
    primary key (rev, organization_id, area)
);
create table person_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    created_at              timestamp with time zone,
    updated_at              timestamp with time zone,
    owner_organization_id   uuid,
    confidential_group      varchar(64),
    description             varchar(4000),
    shared_with             varchar(4000),
    visibility              varchar(32),
    primary key (rev, id)
);
create index person_aud_id on person_aud (id);
create table person_name_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    is_alias                boolean,
    is_primary              boolean,
    position                integer not null,
    person_id               uuid not null,
    lang                    varchar(35),
    text                    varchar(500),
    primary key (position, revtype, rev, person_id)
);
create table affiliation_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    valid_from              date,
    valid_to                date,
    organization_id         uuid,
    person_id               uuid,
    role                    varchar(200),
    primary key (rev, id)
);
create index affiliation_aud_id on affiliation_aud (id);
create table organization_relation_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    valid_from              date,
    valid_to                date,
    from_organization_id    uuid,
    to_organization_id      uuid,
    note                    varchar(1000),
    type                    varchar(32),
    primary key (rev, id)
);
create index organization_relation_aud_id on organization_relation_aud (id);
