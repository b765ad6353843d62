-- engagements: the audit trail carries the stage an outcome proposes (V5_002).
alter table engagement_aud add column proposed_stage varchar(16);
