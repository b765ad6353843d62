-- access: audit tables of Hibernate Envers (operations' audit trail). One row per record and revision
-- (rev -> audit_revision.id, kept without a foreign key so each module's migrations stand alone);
-- revtype 0 = created, 1 = changed, 2 = deleted. Append-only: see README, "The audit trail".
create table user_account_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    enabled                 boolean,
    created_at              timestamp with time zone,
    password_changed_at     timestamp with time zone,
    updated_at              timestamp with time zone,
    organization_id         uuid,
    preferred_language      varchar(35),
    username                varchar(100),
    username_key            varchar(100),
    display_name            varchar(200),
    primary key (rev, id)
);
create index user_account_aud_id on user_account_aud (id);
create table user_account_role_aud (
    rev                     bigint not null,
    revtype                 smallint,
    account_id              uuid not null,
    role                    varchar(32) not null,
    primary key (rev, account_id, role)
);
create table user_account_group_aud (
    rev                     bigint not null,
    revtype                 smallint,
    account_id              uuid not null,
    group_name              varchar(64) not null,
    primary key (rev, account_id, group_name)
);
