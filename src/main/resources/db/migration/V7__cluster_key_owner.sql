-- One row per key: the cluster that first named it. Looking a key up is then one index probe,
-- however many tips share it (V6 kept a row per tip and key, which grows hot for common keys).
drop table cluster_key;
create table cluster_key (
    key          text primary key,
    cluster_id   uuid        not null,
    first_tip_id uuid        not null,
    created_at   timestamptz not null
);
