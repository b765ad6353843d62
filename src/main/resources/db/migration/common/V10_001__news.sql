-- news: topics, news items with their links to organizations, people and engagements,
-- subscriptions, what is new, and the digests sent.
create table news_topic (
    id          uuid primary key,
    version     bigint not null,
    slug        varchar(100) not null unique,
    name_en     varchar(200) not null,
    name_ru     varchar(200) not null,
    name_zh     varchar(200) not null,
    name_ja     varchar(200) not null,
    position    integer not null
);

create table news_item (
    id            uuid primary key,
    version       bigint not null,
    slug          varchar(200) not null unique,
    title         varchar(500) not null,
    summary       varchar(2000),
    body          varchar(200000) not null,
    lang          varchar(16) not null,
    status        varchar(16) not null,
    published_at  timestamp with time zone,
    scheduled_at  timestamp with time zone,
    source_name   varchar(300),
    source_url    varchar(2000),
    sample        boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index news_item_status_published on news_item (status, published_at);
create index news_item_scheduled on news_item (status, scheduled_at);

create table news_item_topic (
    item_id   uuid not null references news_item (id) on delete cascade,
    topic_id  uuid not null references news_topic (id),
    primary key (item_id, topic_id)
);

create table news_item_organization (
    item_id          uuid not null references news_item (id) on delete cascade,
    position         integer not null,
    organization_id  uuid not null,
    name             varchar(500) not null,
    primary key (item_id, position)
);
create index news_item_organization_org on news_item_organization (organization_id);

create table news_item_person (
    item_id    uuid not null references news_item (id) on delete cascade,
    person_id  uuid not null,
    primary key (item_id, person_id)
);

create table news_item_engagement (
    item_id        uuid not null references news_item (id) on delete cascade,
    engagement_id  uuid not null,
    primary key (item_id, engagement_id)
);

create table news_subscription (
    id          uuid primary key,
    user_id     uuid not null,
    kind        varchar(16) not null,
    target      varchar(200) not null,
    created_at  timestamp with time zone not null,
    unique (user_id, kind, target)
);

create table news_digest_address (
    user_id     uuid primary key,
    version     bigint not null,
    email       varchar(320) not null,
    since       timestamp with time zone not null
);

create table news_update (
    id             uuid primary key,
    kind           varchar(16) not null,
    ref_id         uuid not null,
    title          varchar(500),
    occurred_on    date not null,
    recorded_at    timestamp with time zone not null,
    organizations  varchar(4000) not null,
    countries      varchar(400) not null,
    topics         varchar(2000) not null,
    unique (kind, ref_id)
);
create index news_update_recorded on news_update (recorded_at);

create table news_digest_sent (
    user_id    uuid not null,
    update_id  uuid not null references news_update (id) on delete cascade,
    sent_at    timestamp with time zone not null,
    primary key (user_id, update_id)
);
