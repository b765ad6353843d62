-- news: audit tables of Hibernate Envers (operations' audit trail) for topics, news items with their
-- links, and subscriptions. One row per record and revision (rev -> audit_revision.id, kept without
-- a foreign key so each module's migrations stand alone); revtype 0 = created, 1 = changed,
-- 2 = deleted. Append-only: on PostgreSQL the application's role gets SELECT and INSERT only
-- (postgresql/afterMigrate.sql grants every *_aud table so). See README, "The audit trail".
create table news_topic_aud (
    rev         bigint not null,
    revtype     smallint,
    id          uuid not null,
    slug        varchar(100),
    name_en     varchar(200),
    name_ru     varchar(200),
    name_zh     varchar(200),
    name_ja     varchar(200),
    position    integer,
    primary key (rev, id)
);
create index news_topic_aud_id on news_topic_aud (id);

create table news_item_aud (
    rev           bigint not null,
    revtype       smallint,
    id            uuid not null,
    slug          varchar(200),
    title         varchar(500),
    summary       varchar(2000),
    body          varchar(200000),
    lang          varchar(16),
    status        varchar(16),
    published_at  timestamp with time zone,
    scheduled_at  timestamp with time zone,
    source_name   varchar(300),
    source_url    varchar(2000),
    sample        boolean,
    created_at    timestamp with time zone,
    updated_at    timestamp with time zone,
    primary key (rev, id)
);
create index news_item_aud_id on news_item_aud (id);

create table news_item_topic_aud (
    rev       bigint not null,
    revtype   smallint,
    item_id   uuid not null,
    topic_id  uuid not null,
    primary key (rev, item_id, topic_id)
);

create table news_item_organization_aud (
    rev              bigint not null,
    revtype          smallint not null,
    item_id          uuid not null,
    position         integer not null,
    organization_id  uuid,
    name             varchar(500),
    primary key (position, revtype, rev, item_id)
);

create table news_item_person_aud (
    rev        bigint not null,
    revtype    smallint,
    item_id    uuid not null,
    person_id  uuid not null,
    primary key (rev, item_id, person_id)
);

create table news_item_engagement_aud (
    rev            bigint not null,
    revtype        smallint,
    item_id        uuid not null,
    engagement_id  uuid not null,
    primary key (rev, item_id, engagement_id)
);

create table news_subscription_aud (
    rev         bigint not null,
    revtype     smallint,
    id          uuid not null,
    user_id     uuid,
    kind        varchar(16),
    target      varchar(200),
    created_at  timestamp with time zone,
    primary key (rev, id)
);
create index news_subscription_aud_id on news_subscription_aud (id);
create index news_subscription_aud_user on news_subscription_aud (user_id);
