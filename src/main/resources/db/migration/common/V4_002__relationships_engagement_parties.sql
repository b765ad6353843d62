-- relationships: which organizations took part in which engagement (from EngagementLogged), the
-- shared engagements that link organizations in introduction paths.
create table relationship_engagement_party (
    engagement_id    uuid not null,
    organization_id  uuid not null,
    occurred_on      date not null,
    kind             varchar(32) not null,
    primary key (engagement_id, organization_id)
);
create index relationship_engagement_party_organization on relationship_engagement_party (organization_id);
