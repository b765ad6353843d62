-- agreements: MoUs and cooperation agreements with parties, history, milestones and sent reminders.
create table agreement (
    id                     uuid primary key,
    version                bigint not null,
    kind                   varchar(32) not null,
    title                  varchar(500) not null,
    subject                varchar(4000),
    languages              varchar(200) not null,
    status                 varchar(16) not null,
    signed_on              date,
    effective_on           date,
    expires_on             date,
    notice_days            integer not null,
    engagement_id          uuid,
    predecessor_id         uuid references agreement (id),
    successor_id           uuid references agreement (id),
    sample                 boolean not null,
    owner_organization_id  uuid,
    visibility             varchar(16) not null,
    shared_with            varchar(4000) not null default '',
    confidential_group     varchar(64),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);
create index agreement_status on agreement (status);
create index agreement_expires_on on agreement (expires_on);

create table agreement_party (
    agreement_id         uuid not null references agreement (id) on delete cascade,
    position             integer not null,
    organization_id      uuid not null,
    role                 varchar(100) not null,
    signatory_person_id  uuid,
    primary key (agreement_id, position)
);
create index agreement_party_organization on agreement_party (organization_id);

create table agreement_status_change (
    agreement_id  uuid not null references agreement (id) on delete cascade,
    position      integer not null,
    from_status   varchar(16),
    to_status     varchar(16) not null,
    effective_on  date not null,
    changed_by    varchar(200) not null,
    changed_at    timestamp with time zone not null,
    primary key (agreement_id, position)
);

create table agreement_milestone (
    id                     uuid primary key,
    version                bigint not null,
    agreement_id           uuid not null references agreement (id) on delete cascade,
    title                  varchar(500) not null,
    owner_organization_id  uuid not null,
    due_on                 date not null,
    status                 varchar(16) not null,
    done_at                timestamp with time zone,
    done_by                varchar(200),
    sample                 boolean not null
);
create index agreement_milestone_agreement on agreement_milestone (agreement_id);
create index agreement_milestone_due on agreement_milestone (status, due_on);

-- One row per reminder sent: the unique key makes a second send (another node, a second run) fail.
create table agreement_reminder (
    id          uuid primary key,
    subject_id  uuid not null,
    kind        varchar(16) not null,
    due_on      date not null,
    sent_at     timestamp with time zone not null,
    constraint agreement_reminder_once unique (subject_id, kind, due_on)
);
