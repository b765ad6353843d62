-- forum: brokerage events (B2B meetings at a forum engagement), their slots, participants and meetings.
create table forum_event (
    id                    uuid primary key,
    version               bigint not null,
    engagement_id         uuid not null,
    title                 varchar(500) not null,
    time_zone             varchar(64) not null,
    shared_tables         integer not null,
    registration_opens    date,
    registration_closes   date,
    max_meetings          integer,
    type_caps             varchar(1000) not null default '',
    agenda_status         varchar(16) not null,
    sample                boolean not null,
    created_at            timestamp with time zone not null
);
create index forum_event_engagement on forum_event (engagement_id);

create table forum_slot (
    event_id   uuid not null references forum_event (id) on delete cascade,
    position   integer not null,
    code       varchar(32) not null,
    day_number integer not null,
    starts_at  timestamp with time zone not null,
    minutes    integer not null,
    primary key (event_id, position)
);

create table forum_participant (
    id                     uuid primary key,
    version                bigint not null,
    event_id               uuid not null references forum_event (id) on delete cascade,
    organization_id        uuid,
    organization_name      varchar(500) not null,
    person_id              uuid,
    person_name            varchar(300) not null,
    participant_type       varchar(32) not null,
    email                  varchar(320),
    language               varchar(8),
    profile                varchar(2000),
    offers                 varchar(2000),
    wants                  varchar(2000),
    booth                  varchar(32),
    unavailable            varchar(4000) not null default '',
    status                 varchar(16) not null,
    sample                 boolean not null,
    owner_organization_id  uuid,
    visibility             varchar(16) not null,
    shared_with            varchar(4000) not null default '',
    confidential_group     varchar(64),
    created_at             timestamp with time zone not null
);
create index forum_participant_event on forum_participant (event_id);
create index forum_participant_organization on forum_participant (organization_id);

create table forum_meeting (
    id                  uuid primary key,
    version             bigint not null,
    event_id            uuid not null references forum_event (id) on delete cascade,
    participants        varchar(4000) not null,
    organizations       varchar(4000) not null default '',
    requested_by        uuid,
    note                varchar(2000),
    status              varchar(16) not null,
    weight              integer not null,
    slot_code           varchar(32),
    table_name          varchar(32),
    locked              boolean not null,
    published_slot      varchar(32),
    published_table     varchar(32),
    outcome             varchar(2000),
    proposed_stage      varchar(16),
    logged_engagement   uuid,
    created_at          timestamp with time zone not null
);
create index forum_meeting_event on forum_meeting (event_id);

create table forum_reminder (
    participant_id  uuid not null references forum_participant (id) on delete cascade,
    forum_day       date not null,
    sent_at         timestamp with time zone not null,
    primary key (participant_id, forum_day)
);
