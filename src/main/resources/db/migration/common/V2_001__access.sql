-- access: users with their roles and groups, and personal API tokens (stored as SHA-256 hashes only).
create table user_account (
    id                  uuid primary key,
    version             bigint not null,
    username            varchar(100) not null,
    -- the username case-folded (NFKC, lower case): unique, so "Admin" and "admin" are one user
    username_key        varchar(100) not null,
    display_name        varchar(200) not null,
    password_hash       varchar(200) not null,
    organization_id     uuid,
    enabled             boolean not null,
    preferred_language  varchar(35),
    password_changed_at timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint user_account_username_key unique (username_key)
);
create index user_account_organization on user_account (organization_id);

create table user_account_role (
    account_id  uuid not null references user_account (id) on delete cascade,
    role        varchar(32) not null,
    primary key (account_id, role)
);

create table user_account_group (
    account_id  uuid not null references user_account (id) on delete cascade,
    group_name  varchar(64) not null,
    primary key (account_id, group_name)
);

create table api_token (
    id            uuid primary key,
    version       bigint not null,
    account_id    uuid not null references user_account (id) on delete cascade,
    name          varchar(100) not null,
    -- lower-case hex SHA-256 of the token; the token itself is never stored
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    expires_at    timestamp with time zone,
    revoked_at    timestamp with time zone,
    constraint api_token_hash unique (token_hash)
);
create index api_token_account on api_token (account_id);
