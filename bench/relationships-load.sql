-- Relationships benchmark data for H2 (file database of a stopped instance): 100,000 clearly
-- synthetic organizations ("Bench organization 000001" ...) with one relationship each, and
-- 1,000,000 engagements with one participant each. Counts come from @ORGS / @ENGAGEMENTS, set by
-- bench/relationships.sh. Written with SQL, as an import or a restore would; deterministic except
-- for the generated ids.
create table bench_seq (x int primary key, id uuid not null, rel uuid not null);
insert into bench_seq select x, random_uuid(), random_uuid() from system_range(1, @ORGS);

insert into organization (id, version, kind, country, city, website, description, owner_organization_id,
        visibility, shared_with, confidential_group, merged_into, created_at, updated_at)
select s.id, 0,
       casewhen(mod(s.x, 5) = 0, 'UNIVERSITY', casewhen(mod(s.x, 5) = 1, 'CORPORATION',
           casewhen(mod(s.x, 5) = 2, 'RESEARCH_CENTRE', casewhen(mod(s.x, 5) = 3, 'TECHNOPARK', 'INVESTMENT_FUND')))),
       substring('JPCNUSDEFRGBKRINBRITESNLSECHCAAUILSGFIAT', 2 * mod(s.x, 20) + 1, 2),
       null, null, 'Synthetic benchmark organization', null,
       casewhen(mod(s.x, 19) = 7, 'CONFIDENTIAL', 'INTERNAL'), '', casewhen(mod(s.x, 19) = 7, 'bench-secret', null),
       null, timestamp with time zone '2020-01-01 00:00:00+00', timestamp with time zone '2020-01-01 00:00:00+00'
from bench_seq s;

insert into organization_name (organization_id, position, text, lang, is_primary, is_alias)
select s.id, 0, 'Bench organization ' || lpad(cast(s.x as varchar), 6, '0'), 'en', true, false from bench_seq s;

insert into relationship (id, version, organization_id, stage, owner_user_id, next_step, next_step_due, last_contact,
        created_at, updated_at, organization_name, organization_kind, organization_country, organization_restricted)
select s.rel, 0, s.id,
       casewhen(mod(s.x, 100) < 40, 'PROSPECT', casewhen(mod(s.x, 100) < 60, 'CONTACTED',
           casewhen(mod(s.x, 100) < 72, 'ENGAGED', casewhen(mod(s.x, 100) < 80, 'NEGOTIATING',
           casewhen(mod(s.x, 100) < 86, 'AGREEMENT', casewhen(mod(s.x, 100) < 94, 'ACTIVE', 'DORMANT')))))),
       null, casewhen(mod(s.x, 3) = 0, 'Write to them', null),
       casewhen(mod(s.x, 3) = 0, dateadd('DAY', mod(s.x, 400), date '2026-01-01'), null),
       dateadd('DAY', -mod(s.x, 900), date '2026-06-01'),
       timestamp with time zone '2020-01-01 00:00:00+00', timestamp with time zone '2020-01-01 00:00:00+00',
       'Bench organization ' || lpad(cast(s.x as varchar), 6, '0'),
       casewhen(mod(s.x, 5) = 0, 'UNIVERSITY', casewhen(mod(s.x, 5) = 1, 'CORPORATION',
           casewhen(mod(s.x, 5) = 2, 'RESEARCH_CENTRE', casewhen(mod(s.x, 5) = 3, 'TECHNOPARK', 'INVESTMENT_FUND')))),
       substring('JPCNUSDEFRGBKRINBRITESNLSECHCAAUILSGFIAT', 2 * mod(s.x, 20) + 1, 2),
       mod(s.x, 19) = 7
from bench_seq s;

insert into relationship_stage_change (relationship_id, position, changed_at, changed_by, from_stage, to_stage, reason)
select s.rel, 0, timestamp with time zone '2020-01-01 00:00:00+00', null, null, r.stage, 'Benchmark data'
from bench_seq s join relationship r on r.id = s.rel;

insert into engagement (id, version, kind, title, starts_at, ends_at, time_zone, place, city, country, description,
        notes, outcomes, parent_id, owner_organization_id, visibility, shared_with, confidential_group, created_at,
        updated_at)
select random_uuid(), 0,
       casewhen(mod(x, 6) = 0, 'FORUM', casewhen(mod(x, 6) = 1, 'CONFERENCE', casewhen(mod(x, 6) = 2, 'VISIT',
           casewhen(mod(x, 6) = 3, 'DELEGATION', casewhen(mod(x, 6) = 4, 'MEETING', 'CALL'))))),
       'Bench engagement ' || x,
       dateadd('MINUTE', x * 5, timestamp with time zone '2016-06-01 00:00:00+00'), null, 'UTC', null, null, null,
       null, null, null, null, null, 'INTERNAL', '', null,
       timestamp with time zone '2020-01-01 00:00:00+00', timestamp with time zone '2020-01-01 00:00:00+00'
from system_range(1, @ENGAGEMENTS);

create table bench_engagement (n int primary key, id uuid not null);
insert into bench_engagement select cast(substring(title, 18) as int), id from engagement where title like 'Bench engagement %';
insert into engagement_participant (engagement_id, position, organization_id, person_id, side, role)
select e.id, 0, s.id, null, 'PARTNER', null
from bench_engagement e join bench_seq s on s.x = mod(e.n, @ORGS) + 1;

drop table bench_engagement;
drop table bench_seq;
