-- relationships: the board reads each stage's column in the order (next step due, name, id) with a
-- limit; with this index the database walks the rows in that order and stops at the limit instead of
-- sorting every row of the stage (up to 40,000 at 100,000 relationships). It starts with the stage,
-- so it also serves every lookup the single-column stage index served; that one goes, because H2
-- preferred it and then sorted. The table sorted by name gets its own index for the same reason.
create index relationship_board on relationship (stage, next_step_due, organization_name, id);
drop index relationship_stage;
create index relationship_by_name on relationship (organization_name, id);
