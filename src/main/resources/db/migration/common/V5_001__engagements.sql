-- engagements: forums, visits, meetings... with participants, follow-up tasks and calendar feeds.
create table engagement (
    id                     uuid primary key,
    version                bigint not null,
    kind                   varchar(16) not null,
    title                  varchar(500) not null,
    starts_at              timestamp with time zone not null,
    ends_at                timestamp with time zone,
    time_zone              varchar(64) not null,
    place                  varchar(500),
    city                   varchar(200),
    country                varchar(2),
    description            varchar(4000),
    notes                  varchar(4000),
    outcomes               varchar(4000),
    parent_id              uuid references engagement (id),
    owner_organization_id  uuid,
    visibility             varchar(16) not null,
    shared_with            varchar(4000) not null default '',
    confidential_group     varchar(64),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);
create index engagement_starts_at on engagement (starts_at);
create index engagement_parent on engagement (parent_id);

create table engagement_participant (
    engagement_id    uuid not null references engagement (id) on delete cascade,
    position         integer not null,
    organization_id  uuid,
    person_id        uuid,
    side             varchar(16) not null,
    role             varchar(200),
    primary key (engagement_id, position)
);
create index engagement_participant_organization on engagement_participant (organization_id);

create table follow_up (
    id             uuid primary key,
    version        bigint not null,
    engagement_id  uuid not null references engagement (id) on delete cascade,
    title          varchar(500) not null,
    owner_user_id  uuid not null,
    due_date       date,
    done           boolean not null,
    done_at        timestamp with time zone,
    sample         boolean not null,
    created_at     timestamp with time zone not null
);
create index follow_up_owner on follow_up (owner_user_id, done);
create index follow_up_engagement on follow_up (engagement_id);

create table calendar_feed (
    user_id     uuid primary key,
    version     bigint not null,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null
);
