-- operations: the maintenance switch, one row that every node reads.
create table operations_maintenance (
    id          integer primary key,
    enabled     boolean not null,
    message     varchar(2000) not null,
    until_at    timestamp with time zone,
    changed_by  varchar(200),
    changed_at  timestamp with time zone
);
insert into operations_maintenance (id, enabled, message) values (1, false, '');
