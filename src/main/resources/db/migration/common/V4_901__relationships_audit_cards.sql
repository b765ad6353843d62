-- relationships: the audit trail carries the partner's name, kind and country copies too (V4_003).
alter table relationship_aud add column organization_name varchar(500);
alter table relationship_aud add column organization_kind varchar(32);
alter table relationship_aud add column organization_country varchar(2);
alter table relationship_aud add column organization_restricted boolean;
