-- relationships: a copy of each partner's name, kind and country as the directory reports them
-- (through DirectoryQueries, never its tables), so the board, the table and the coverage filter,
-- sort and count in SQL. Refreshed when a relationship starts, after merges and by a timed job.
alter table relationship add column organization_name varchar(500);
alter table relationship add column organization_kind varchar(32);
alter table relationship add column organization_country varchar(2);
-- true when a staff member outside every confidential group may not see the organization:
-- lists and counts leave such rows to administrators (and to a check per row for group members).
alter table relationship add column organization_restricted boolean default false not null;
