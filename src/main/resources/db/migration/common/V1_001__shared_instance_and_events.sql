-- shared: the instance's first-start decision, demo data runs, and Spring Modulith's event publication log.
create table instance_state (
    id          integer primary key,
    demo        boolean not null,
    created_at  timestamp with time zone not null
);

create table demo_data_run (
    contributor varchar(100) primary key,
    loaded_at   timestamp with time zone not null
);

create table event_publication (
    id                      uuid primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        varchar not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    last_resubmission_date  timestamp with time zone,
    completion_attempts     integer not null default 0,
    status                  varchar(16)
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);

create table event_publication_archive (
    id                      uuid primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        varchar not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    last_resubmission_date  timestamp with time zone,
    completion_attempts     integer not null default 0,
    status                  varchar(16)
);
