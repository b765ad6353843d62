-- fund: audit tables of Hibernate Envers (operations' audit trail) for funds (with sponsors,
-- managers, committee and checklist), deals (with their checklist records), votes, conflicts of
-- interest (committee_conflict_aud), decisions and ledger entries. One row per record and revision
-- (rev -> audit_revision.id, kept without a foreign key so each module's migrations stand alone);
-- revtype 0 = created, 1 = changed, 2 = deleted. Append-only: on PostgreSQL the application's role
-- gets SELECT and INSERT only (postgresql/afterMigrate.sql; README, "The audit trail").
create table fund_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    name                    varchar(300),
    status                  varchar(32),
    base_currency           varchar(3),
    target_amount           numeric(24,4),
    quorum                  integer,
    majority_numerator      integer,
    majority_denominator    integer,
    engagement_id           uuid,
    news_url                varchar(1000),
    news_title              varchar(500),
    description             varchar(4000),
    sample                  boolean,
    checklist_next_item     integer,
    owner_organization_id   uuid,
    visibility              varchar(16),
    shared_with             varchar(4000),
    confidential_group      varchar(64),
    created_at              timestamp with time zone,
    updated_at              timestamp with time zone,
    primary key (rev, id)
);
create index fund_aud_id on fund_aud (id);
create table fund_sponsor_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    position                integer not null,
    fund_id                 uuid not null,
    organization_id         uuid,
    country                 varchar(2),
    unnamed_label           varchar(300),
    primary key (position, revtype, rev, fund_id)
);
create table fund_manager_aud (
    rev                     bigint not null,
    revtype                 smallint,
    fund_id                 uuid not null,
    user_id                 uuid not null,
    primary key (rev, fund_id, user_id)
);
create table fund_committee_member_aud (
    rev                     bigint not null,
    revtype                 smallint,
    fund_id                 uuid not null,
    user_id                 uuid not null,
    primary key (rev, fund_id, user_id)
);
create table fund_checklist_item_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    position                integer not null,
    fund_id                 uuid not null,
    item_no                 integer,
    item                    varchar(300),
    required                boolean,
    primary key (position, revtype, rev, fund_id)
);
create table deal_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    fund_id                 uuid,
    title                   varchar(300),
    applicant_organization  uuid,
    applicant_name          varchar(300),
    areas                   varchar(1000),
    country                 varchar(2),
    amount                  numeric(24,4),
    currency                varchar(3),
    readiness               integer,
    stage                   varchar(32),
    summary                 varchar(4000),
    sample                  boolean,
    owner_organization_id   uuid,
    visibility              varchar(16),
    shared_with             varchar(4000),
    confidential_group      varchar(64),
    created_at              timestamp with time zone,
    updated_at              timestamp with time zone,
    primary key (rev, id)
);
create index deal_aud_id on deal_aud (id);
create table deal_check_aud (
    rev                     bigint not null,
    revtype                 smallint not null,
    position                integer not null,
    deal_id                 uuid not null,
    item_no                 integer,
    item                    varchar(300),
    done                    boolean,
    done_by                 varchar(200),
    done_at                 timestamp with time zone,
    note                    varchar(2000),
    primary key (position, revtype, rev, deal_id)
);
create table deal_vote_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    deal_id                 uuid,
    member_id               uuid,
    member_name             varchar(200),
    choice                  varchar(16),
    comment                 varchar(2000),
    cast_at                 timestamp with time zone,
    primary key (rev, id)
);
create index deal_vote_aud_id on deal_vote_aud (id);
create table committee_conflict_aud (
    rev                     bigint not null,
    revtype                 smallint,
    deal_id                 uuid not null,
    member_id               uuid not null,
    reason                  varchar(2000),
    declared_at             timestamp with time zone,
    primary key (rev, deal_id, member_id)
);
create table deal_decision_aud (
    rev                     bigint not null,
    revtype                 smallint,
    deal_id                 uuid not null,
    outcome                 varchar(16),
    votes_for               integer,
    votes_against           integer,
    abstentions             integer,
    eligible                integer,
    excluded                integer,
    quorum                  integer,
    majority_numerator      integer,
    majority_denominator    integer,
    closed_by               varchar(200),
    closed_at               timestamp with time zone,
    primary key (rev, deal_id)
);
create table ledger_entry_aud (
    rev                     bigint not null,
    revtype                 smallint,
    id                      uuid not null,
    fund_id                 uuid,
    kind                    varchar(16),
    entry_date              date,
    amount                  numeric(24,4),
    currency                varchar(3),
    base_amount             numeric(24,4),
    base_currency           varchar(3),
    rate                    numeric(30,10),
    rate_date               date,
    rate_inverted           boolean,
    sponsor_id              uuid,
    deal_id                 uuid,
    reverses                uuid,
    memo                    varchar(1000),
    posted_by_id            uuid,
    posted_by_name          varchar(200),
    posted_at               timestamp with time zone,
    sample                  boolean,
    primary key (rev, id)
);
create index ledger_entry_aud_id on ledger_entry_aud (id);
