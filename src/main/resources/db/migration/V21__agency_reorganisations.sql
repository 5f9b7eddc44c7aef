-- The reorganisations of the agency registry (a former code and its successor, routing.yaml's
-- `formerly`) that have been applied to the stored tips: each is applied once, by one instance.
create table agency_reorganisation (
    former_code varchar(32) primary key,
    successor   varchar(32) not null,
    tips_moved  integer     not null,
    events_moved integer    not null,
    applied_at  timestamptz not null
);
