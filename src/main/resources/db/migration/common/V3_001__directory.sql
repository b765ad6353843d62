-- directory: organizations, people, affiliations and relations.
create table organization (
    id                     uuid primary key,
    version                bigint not null,
    kind                   varchar(32) not null,
    country                varchar(2),
    city                   varchar(200),
    website                varchar(500),
    description            varchar(4000),
    owner_organization_id  uuid,
    visibility             varchar(16) not null,
    shared_with            varchar(4000) not null default '',
    confidential_group     varchar(64),
    merged_into            uuid references organization (id),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);
create index organization_country on organization (country);
create index organization_owner on organization (owner_organization_id);

create table organization_name (
    organization_id  uuid not null references organization (id) on delete cascade,
    position         integer not null,
    text             varchar(500) not null,
    lang             varchar(35),
    is_primary       boolean not null,
    is_alias         boolean not null,
    primary key (organization_id, position)
);
create index organization_name_text on organization_name (text);

create table organization_technology_area (
    organization_id  uuid not null references organization (id) on delete cascade,
    area             varchar(100) not null,
    primary key (organization_id, area)
);

create table person (
    id                     uuid primary key,
    version                bigint not null,
    description            varchar(4000),
    owner_organization_id  uuid,
    visibility             varchar(16) not null,
    shared_with            varchar(4000) not null default '',
    confidential_group     varchar(64),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);

create table person_name (
    person_id   uuid not null references person (id) on delete cascade,
    position    integer not null,
    text        varchar(500) not null,
    lang        varchar(35),
    is_primary  boolean not null,
    is_alias    boolean not null,
    primary key (person_id, position)
);
create index person_name_text on person_name (text);

create table affiliation (
    id               uuid primary key,
    version          bigint not null,
    person_id        uuid not null references person (id),
    organization_id  uuid not null references organization (id),
    role             varchar(200),
    valid_from       date,
    valid_to         date
);
create index affiliation_person on affiliation (person_id);
create index affiliation_organization on affiliation (organization_id);

create table organization_relation (
    id                    uuid primary key,
    version               bigint not null,
    from_organization_id  uuid not null references organization (id),
    to_organization_id    uuid not null references organization (id),
    type                  varchar(32) not null,
    valid_from            date,
    valid_to              date,
    note                  varchar(1000)
);
create index organization_relation_from on organization_relation (from_organization_id);
create index organization_relation_to on organization_relation (to_organization_id);
