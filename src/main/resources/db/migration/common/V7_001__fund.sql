-- fund: joint investment funds, their sponsors, committee and managers; exchange rates; deals with
-- their pipeline moves, checklists, votes and decisions; the append-only ledger.
create table fund (
    id                     uuid primary key,
    version                bigint not null,
    name                   varchar(300) not null,
    status                 varchar(32) not null,
    base_currency          varchar(3) not null,
    target_amount          numeric(24,4),
    quorum                 integer not null,
    majority_numerator     integer not null,
    majority_denominator   integer not null,
    engagement_id          uuid,
    news_url               varchar(1000),
    news_title             varchar(500),
    description            varchar(4000),
    sample                 boolean not null,
    owner_organization_id  uuid,
    visibility             varchar(16) not null,
    shared_with            varchar(4000) not null default '',
    confidential_group     varchar(64),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);

create table fund_sponsor (
    fund_id          uuid not null references fund (id) on delete cascade,
    position         integer not null,
    organization_id  uuid,
    country          varchar(2) not null,
    unnamed_label    varchar(300),
    primary key (fund_id, position)
);
create index fund_sponsor_organization on fund_sponsor (organization_id);

create table fund_manager (
    fund_id  uuid not null references fund (id) on delete cascade,
    user_id  uuid not null,
    primary key (fund_id, user_id)
);

create table fund_committee_member (
    fund_id  uuid not null references fund (id) on delete cascade,
    user_id  uuid not null,
    primary key (fund_id, user_id)
);

create table fund_checklist_item (
    fund_id   uuid not null references fund (id) on delete cascade,
    position  integer not null,
    item      varchar(300) not null,
    primary key (fund_id, position)
);

create table fund_status_change (
    id           uuid primary key,
    fund_id      uuid not null references fund (id) on delete cascade,
    from_status  varchar(32),
    to_status    varchar(32) not null,
    by_user_id   uuid,
    by_name      varchar(200) not null,
    reason       varchar(2000) not null,
    changed_at   timestamp with time zone not null
);
create index fund_status_change_fund on fund_status_change (fund_id, changed_at);

create table fx_rate (
    id              uuid primary key,
    base_currency   varchar(3) not null,
    quote_currency  varchar(3) not null,
    rate_date       date not null,
    rate            numeric(30,10) not null,
    source          varchar(200) not null,
    sample          boolean not null,
    created_at      timestamp with time zone not null,
    constraint fx_rate_pair_day unique (base_currency, quote_currency, rate_date)
);

create table deal (
    id                       uuid primary key,
    version                  bigint not null,
    fund_id                  uuid not null references fund (id),
    title                    varchar(300) not null,
    applicant_organization   uuid,
    applicant_name           varchar(300) not null,
    areas                    varchar(1000) not null,
    country                  varchar(2),
    amount                   numeric(24,4) not null,
    currency                 varchar(3) not null,
    readiness                integer not null,
    stage                    varchar(32) not null,
    summary                  varchar(4000),
    sample                   boolean not null,
    owner_organization_id    uuid,
    visibility               varchar(16) not null,
    shared_with              varchar(4000) not null default '',
    confidential_group       varchar(64),
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null
);
create index deal_fund on deal (fund_id, stage);

create table deal_check (
    deal_id   uuid not null references deal (id) on delete cascade,
    position  integer not null,
    item      varchar(300) not null,
    done      boolean not null,
    done_by   varchar(200),
    primary key (deal_id, position)
);

create table deal_move (
    id          uuid primary key,
    deal_id     uuid not null references deal (id),
    from_stage  varchar(32),
    to_stage    varchar(32) not null,
    by_user_id  uuid,
    by_name     varchar(200) not null,
    reason      varchar(2000) not null,
    moved_at    timestamp with time zone not null
);
create index deal_move_deal on deal_move (deal_id, moved_at);

create table deal_conflict (
    deal_id      uuid not null references deal (id),
    member_id    uuid not null,
    reason       varchar(2000) not null,
    declared_at  timestamp with time zone not null,
    primary key (deal_id, member_id)
);

create table deal_vote (
    id           uuid primary key,
    deal_id      uuid not null references deal (id),
    member_id    uuid not null,
    member_name  varchar(200) not null,
    choice       varchar(16) not null,
    comment      varchar(2000) not null,
    cast_at      timestamp with time zone not null,
    constraint deal_vote_one_per_member unique (deal_id, member_id)
);

create table deal_decision (
    deal_id               uuid primary key references deal (id),
    outcome               varchar(16) not null,
    votes_for             integer not null,
    votes_against         integer not null,
    abstentions           integer not null,
    eligible              integer not null,
    excluded              integer not null,
    quorum                integer not null,
    majority_numerator    integer not null,
    majority_denominator  integer not null,
    closed_by             varchar(200) not null,
    closed_at             timestamp with time zone not null
);

create table ledger_entry (
    id              uuid primary key,
    fund_id         uuid not null references fund (id),
    kind            varchar(16) not null,
    entry_date      date not null,
    amount          numeric(24,4) not null,
    currency        varchar(3) not null,
    base_amount     numeric(24,4) not null,
    base_currency   varchar(3) not null,
    rate            numeric(30,10) not null,
    rate_date       date not null,
    rate_inverted   boolean not null,
    sponsor_id      uuid,
    deal_id         uuid references deal (id),
    reverses        uuid references ledger_entry (id),
    memo            varchar(1000) not null,
    posted_by_id    uuid,
    posted_by_name  varchar(200) not null,
    posted_at       timestamp with time zone not null,
    sample          boolean not null,
    constraint ledger_entry_reversed_once unique (reverses)
);
create index ledger_entry_fund on ledger_entry (fund_id, entry_date);
