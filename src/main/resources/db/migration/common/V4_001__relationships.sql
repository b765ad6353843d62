-- relationships: the hub's relationship with each partner organization, its stage history,
-- the interactions that make its strength, and administrators' labels for the stages.
create table relationship (
    id               uuid primary key,
    version          bigint not null,
    organization_id  uuid not null,
    stage            varchar(16) not null,
    owner_user_id    uuid,
    next_step        varchar(1000),
    next_step_due    date,
    last_contact     date,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint relationship_organization_unique unique (organization_id)
);
create index relationship_stage on relationship (stage);
create index relationship_owner on relationship (owner_user_id);

create table relationship_stage_change (
    relationship_id  uuid not null references relationship (id) on delete cascade,
    position         integer not null,
    changed_at       timestamp with time zone not null,
    changed_by       uuid,
    from_stage       varchar(16),
    to_stage         varchar(16) not null,
    reason           varchar(1000),
    primary key (relationship_id, position)
);

create table relationship_interaction (
    relationship_id  uuid not null references relationship (id) on delete cascade,
    source_id        uuid not null,
    occurred_on      date not null,
    kind             varchar(32) not null,
    weight           double precision not null,
    primary key (relationship_id, source_id)
);

create table relationship_stage_label (
    stage  varchar(16) not null,
    lang   varchar(8) not null,
    label  varchar(100) not null,
    primary key (stage, lang)
);
