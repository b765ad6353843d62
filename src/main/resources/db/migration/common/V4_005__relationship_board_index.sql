-- relationships: the board reads each stage's column in the order (next step due, name, id) with a
-- limit; with this index the database walks the rows in that order and stops at the limit instead of
-- sorting every row of the stage (up to 40,000 at 100,000 relationships). The table sorted by name
-- gets its own index for the same reason.
create index relationship_board on relationship (stage, next_step_due, organization_name, id);
create index relationship_by_name on relationship (organization_name, id);
