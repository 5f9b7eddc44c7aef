-- Case clusters: tips naming the same shop or listing, phone number, company or registration
-- number are linked into one case, across channels and right types.
alter table tip add column cluster_id uuid;
create index tip_by_cluster on tip (cluster_id);
create table cluster_key (
    key        text not null,
    tip_id     uuid not null references tip (id),
    cluster_id uuid not null,
    primary key (key, tip_id)
);
