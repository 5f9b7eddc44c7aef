-- The phone line asks where it happened (two keys, or the province said): the group of provinces
-- chosen first, then the province, kept with the call until its tip is made.
alter table call_session add column region_group smallint check (region_group between 1 and 6);
alter table call_session add column region varchar(6);
