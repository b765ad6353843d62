-- relationships: a copy of each partner's technology areas as the directory reports them (through
-- DirectoryQueries, never its tables), refreshed with the name, kind and country copies (V4_003),
-- so the board and the table filter by area in SQL. A child table of its own, not a column of the
-- audited relationship row: it is derived data and has no history of its own.
create table relationship_area (
    relationship_id uuid         not null references relationship (id) on delete cascade,
    area            varchar(100) not null,
    primary key (relationship_id, area)
);
create index relationship_area_area on relationship_area (area, relationship_id);
