-- Named enforcement campaigns: the campaigns a tip falls in (by the configured rules at intake, or
-- because coordinators made its case cluster a campaign target), and those targets.
alter table tip add column campaigns text[] not null default '{}';
create index tip_by_campaign on tip using gin (campaigns);

create table campaign_cluster (
    campaign    varchar(64)  not null,
    cluster_id  uuid         not null,
    targeted_by varchar(200) not null,
    targeted_at timestamptz  not null,
    primary key (campaign, cluster_id)
);
create index campaign_cluster_by_cluster on campaign_cluster (cluster_id);
