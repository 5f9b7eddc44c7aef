-- Where it happened: a GB/T 2260 division code (province, city or county), given by the reporter or
-- read from the text (region_inferred). A regional agency's copy goes to its province's topic.
alter table tip add column region varchar(6) check (region ~ '^[0-9]{6}$');
alter table tip add column region_inferred boolean not null default false;
create index tip_by_province on tip (substr(region, 1, 2), received_at) where region is not null;
-- The region travels with each event as the CloudEvents extension ce_region.
alter table outbox_event add column region varchar(6);
