-- access: the second factor. One authenticator (TOTP secret) per user, with the last accepted time
-- step so that a code is accepted once; recovery codes stored only as SHA-256 (118 random bits
-- each), single use.
create table second_factor (
    account_id  uuid primary key references user_account (id),
    secret      varchar(64) not null,
    last_step   bigint not null,
    enrolled_at timestamp with time zone not null
);

create table recovery_code (
    id         uuid primary key,
    account_id uuid not null references user_account (id),
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone
);
create unique index recovery_code_hash on recovery_code (account_id, code_hash);
