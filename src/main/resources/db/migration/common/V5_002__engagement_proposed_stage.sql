-- An outcome may propose the stage of the relationship with the partner organizations
-- (a relationships stage name, e.g. CONTACTED); relationships moves forward on it.
alter table engagement add column proposed_stage varchar(16);
