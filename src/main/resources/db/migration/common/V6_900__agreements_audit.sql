-- agreements: audit tables of Hibernate Envers (operations' audit trail). One row per record and revision
-- (rev -> audit_revision.id, kept without a foreign key so each module's migrations stand alone);
-- revtype 0 = created, 1 = changed, 2 = deleted. Append-only: on PostgreSQL the application's role
-- gets SELECT and INSERT only on *_aud tables (postgresql/afterMigrate.sql; README, "The audit trail").
create table agreement_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    kind                    varchar(32),
    title                   varchar(500),
    subject                 varchar(4000),
    languages               varchar(200),
    status                  varchar(16),
    signed_on               date,
    effective_on            date,
    expires_on              date,
    notice_days             integer,
    engagement_id           uuid,
    predecessor_id          uuid,
    successor_id            uuid,
    sample                  boolean,
    owner_organization_id   uuid,
    visibility              varchar(16),
    shared_with             varchar(4000),
    confidential_group      varchar(64),
    created_at              timestamp with time zone,
    updated_at              timestamp with time zone,
    primary key (rev, id)
);
create index agreement_aud_id on agreement_aud (id);
create table agreement_party_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    position                integer not null,
    agreement_id            uuid not null,
    organization_id         uuid,
    role                    varchar(100),
    signatory_person_id     uuid,
    primary key (position, revtype, rev, agreement_id)
);
create table agreement_status_change_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    position                integer not null,
    agreement_id            uuid not null,
    from_status             varchar(16),
    to_status               varchar(16),
    effective_on            date,
    changed_by              varchar(200),
    changed_at              timestamp with time zone,
    primary key (position, revtype, rev, agreement_id)
);
create table agreement_milestone_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    agreement_id            uuid,
    title                   varchar(500),
    owner_organization_id   uuid,
    due_on                  date,
    status                  varchar(16),
    done_at                 timestamp with time zone,
    done_by                 varchar(200),
    sample                  boolean,
    primary key (rev, id)
);
create index agreement_milestone_aud_id on agreement_milestone_aud (id);
