-- engagements: audit tables of Hibernate Envers (operations' audit trail). One row per record and revision
-- (rev -> audit_revision.id, kept without a foreign key so each module's migrations stand alone);
-- revtype 0 = created, 1 = changed, 2 = deleted. Append-only: see README, "The audit trail".
create table engagement_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    country                 varchar(2),
    created_at              timestamp with time zone,
    ends_at                 timestamp with time zone,
    starts_at               timestamp with time zone,
    updated_at              timestamp with time zone,
    owner_organization_id   uuid,
    parent_id               uuid,
    confidential_group      varchar(64),
    time_zone               varchar(64),
    city                    varchar(200),
    place                   varchar(500),
    title                   varchar(500),
    description             varchar(4000),
    notes                   varchar(4000),
    outcomes                varchar(4000),
    shared_with             varchar(4000),
    kind                    varchar(32),
    visibility              varchar(32),
    primary key (rev, id)
);
create index engagement_aud_id on engagement_aud (id);
create table engagement_participant_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    position                integer not null,
    engagement_id           uuid not null,
    organization_id         uuid,
    person_id               uuid,
    role                    varchar(200),
    side                    varchar(32),
    primary key (position, revtype, rev, engagement_id)
);
create table follow_up_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    done                    boolean,
    due_date                date,
    sample                  boolean,
    created_at              timestamp with time zone,
    done_at                 timestamp with time zone,
    engagement_id           uuid,
    owner_user_id           uuid,
    title                   varchar(500),
    primary key (rev, id)
);
create index follow_up_aud_id on follow_up_aud (id);
