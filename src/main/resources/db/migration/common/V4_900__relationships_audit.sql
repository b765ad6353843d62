-- relationships: audit tables of Hibernate Envers (operations' audit trail). One row per record and revision
-- (rev -> audit_revision.id, kept without a foreign key so each module's migrations stand alone);
-- revtype 0 = created, 1 = changed, 2 = deleted. Append-only: see README, "The audit trail".
create table relationship_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    last_contact            date,
    next_step_due           date,
    created_at              timestamp with time zone,
    updated_at              timestamp with time zone,
    organization_id         uuid,
    owner_user_id           uuid,
    next_step               varchar(1000),
    stage                   varchar(32),
    primary key (rev, id)
);
create index relationship_aud_id on relationship_aud (id);
create table relationship_stage_label_aud (
    rev                     bigint not null,
    revtype                 smallint,
    lang                    varchar(8) not null,
    label                   varchar(100),
    stage                   varchar(32) not null,
    primary key (lang, rev, stage)
);
