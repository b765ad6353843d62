-- Relationships benchmark data for H2 (file database of a stopped instance): clearly synthetic
-- organizations ("Bench organization 000001" ...) with one technology area and one relationship
-- each, and engagements with two participants each (one bench organization on the partner side,
-- the next one on the hub's side). Written with SQL, as an import
-- or a restore would, and fully deterministic: ids are derived from the row number, so no lookup
-- table and no join is needed.
--
-- bench/relationships.sh expands this file: each "-- @batch NAME" section is repeated for batches of
-- @BATCH rows (@LO..@HI) up to @ORGS (section "organizations") or @ENGAGEMENTS (section
-- "engagements"); "-- @once" sections run once. Each statement commits on its own (RunScript's
-- autocommit), so no transaction holds more than one batch.
--
-- Ids: organization n = 0b000000-0000-4000-8000-<n, 12 digits>, its relationship 0c..., engagement
-- n = 0e.... An organization's kind, country, area, stage and confidentiality follow n modulo small
-- numbers, as before.

-- @batch organizations
insert into organization (id, version, kind, country, city, website, description, owner_organization_id,
        visibility, shared_with, confidential_group, merged_into, created_at, updated_at)
select cast('0b000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 0,
       casewhen(mod(x, 5) = 0, 'UNIVERSITY', casewhen(mod(x, 5) = 1, 'CORPORATION',
           casewhen(mod(x, 5) = 2, 'RESEARCH_CENTRE', casewhen(mod(x, 5) = 3, 'TECHNOPARK', 'INVESTMENT_FUND')))),
       substring('JPCNUSDEFRGBKRINBRITESNLSECHCAAUILSGFIAT', 2 * mod(x, 20) + 1, 2),
       null, null, 'Synthetic benchmark organization', null,
       casewhen(mod(x, 19) = 7, 'CONFIDENTIAL', 'INTERNAL'), '', casewhen(mod(x, 19) = 7, 'bench-secret', null),
       null, timestamp with time zone '2020-01-01 00:00:00+00', timestamp with time zone '2020-01-01 00:00:00+00'
from system_range(@LO, @HI);

insert into organization_name (organization_id, position, text, lang, is_primary, is_alias)
select cast('0b000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 0,
       'Bench organization ' || lpad(cast(x as varchar), 6, '0'), 'en', true, false
from system_range(@LO, @HI);

insert into organization_technology_area (organization_id, area)
select cast('0b000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid),
       'Bench area ' || cast(mod(x, 8) as varchar)
from system_range(@LO, @HI);

insert into relationship (id, version, organization_id, stage, owner_user_id, next_step, next_step_due, last_contact,
        created_at, updated_at, organization_name, organization_kind, organization_country, organization_restricted)
select cast('0c000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 0,
       cast('0b000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid),
       casewhen(mod(x, 100) < 40, 'PROSPECT', casewhen(mod(x, 100) < 60, 'CONTACTED',
           casewhen(mod(x, 100) < 72, 'ENGAGED', casewhen(mod(x, 100) < 80, 'NEGOTIATING',
           casewhen(mod(x, 100) < 86, 'AGREEMENT', casewhen(mod(x, 100) < 94, 'ACTIVE', 'DORMANT')))))),
       null, casewhen(mod(x, 3) = 0, 'Write to them', null),
       casewhen(mod(x, 3) = 0, dateadd('DAY', mod(x, 400), date '2026-01-01'), null),
       dateadd('DAY', -mod(x, 900), date '2026-06-01'),
       timestamp with time zone '2020-01-01 00:00:00+00', timestamp with time zone '2020-01-01 00:00:00+00',
       'Bench organization ' || lpad(cast(x as varchar), 6, '0'),
       casewhen(mod(x, 5) = 0, 'UNIVERSITY', casewhen(mod(x, 5) = 1, 'CORPORATION',
           casewhen(mod(x, 5) = 2, 'RESEARCH_CENTRE', casewhen(mod(x, 5) = 3, 'TECHNOPARK', 'INVESTMENT_FUND')))),
       substring('JPCNUSDEFRGBKRINBRITESNLSECHCAAUILSGFIAT', 2 * mod(x, 20) + 1, 2),
       mod(x, 19) = 7
from system_range(@LO, @HI);

insert into relationship_area (relationship_id, area)
select cast('0c000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid),
       'Bench area ' || cast(mod(x, 8) as varchar)
from system_range(@LO, @HI);

insert into relationship_stage_change (relationship_id, position, changed_at, changed_by, from_stage, to_stage, reason)
select cast('0c000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 0,
       timestamp with time zone '2020-01-01 00:00:00+00', null, null,
       casewhen(mod(x, 100) < 40, 'PROSPECT', casewhen(mod(x, 100) < 60, 'CONTACTED',
           casewhen(mod(x, 100) < 72, 'ENGAGED', casewhen(mod(x, 100) < 80, 'NEGOTIATING',
           casewhen(mod(x, 100) < 86, 'AGREEMENT', casewhen(mod(x, 100) < 94, 'ACTIVE', 'DORMANT')))))),
       'Benchmark data'
from system_range(@LO, @HI);

-- @batch engagements
insert into engagement (id, version, kind, title, starts_at, ends_at, time_zone, place, city, country, description,
        notes, outcomes, parent_id, owner_organization_id, visibility, shared_with, confidential_group, created_at,
        updated_at)
select cast('0e000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 0,
       casewhen(mod(x, 6) = 0, 'FORUM', casewhen(mod(x, 6) = 1, 'CONFERENCE', casewhen(mod(x, 6) = 2, 'VISIT',
           casewhen(mod(x, 6) = 3, 'DELEGATION', casewhen(mod(x, 6) = 4, 'MEETING', 'CALL'))))),
       'Bench engagement ' || x,
       dateadd('MINUTE', x * 5, timestamp with time zone '2016-06-01 00:00:00+00'), null, 'UTC', null, null, null,
       null, null, null, null, null, 'INTERNAL', '', null,
       timestamp with time zone '2020-01-01 00:00:00+00', timestamp with time zone '2020-01-01 00:00:00+00'
from system_range(@LO, @HI);

-- two participants: the organization n mod ORGS + 1 as partner, the next one on the hub's side
insert into engagement_participant (engagement_id, position, organization_id, person_id, side, role)
select cast('0e000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 0,
       cast('0b000000-0000-4000-8000-' || lpad(cast(mod(x, @ORGS) + 1 as varchar), 12, '0') as uuid), null,
       'PARTNER', null
from system_range(@LO, @HI);

insert into engagement_participant (engagement_id, position, organization_id, person_id, side, role)
select cast('0e000000-0000-4000-8000-' || lpad(cast(x as varchar), 12, '0') as uuid), 1,
       cast('0b000000-0000-4000-8000-' || lpad(cast(mod(x + 1, @ORGS) + 1 as varchar), 12, '0') as uuid), null,
       'HUB', null
from system_range(@LO, @HI);

-- @once
analyze;
