-- District and county bureaus (a county-<NNNNNN> role, api/StaffRoles) see their agencies' tips from
-- their district. Walking the city's rows and reading each tip for its region, a district with few of
-- a busy city's tips read the city's: 326 ms for the SAMR queue of Yuexiu (440104, no tips) among
-- Guangzhou's 74,126 (bench/queue.sh's database, 627,526 tips). tip_agency now carries the tip's
-- district too (its region when the region is county-level, null for a city's or a province's own
-- region or none), and an index walks one agency's tips of one district in queue order. The trigger
-- keeps it as the region changes, as it does the province and the city.
alter table tip_agency add column county varchar(6);

update tip_agency held set county = tip.region
  from tip
 where tip.id = held.tip_id and tip.region is not null and substr(tip.region, 5, 2) <> '00';

create index tip_agency_by_county on tip_agency (agency, county, received_at, tip_id) where county is not null;

create or replace function tip_agency_follows_tip() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        -- Hibernate writes every column on each update: many leave the agencies and status as they were.
        if tg_op = 'UPDATE' and new.agencies = old.agencies and new.status = old.status
                and new.received_at = old.received_at and new.region is not distinct from old.region then
            return null;
        end if;
        delete from tip_agency
         where agency = any (old.agencies) and received_at = old.received_at and tip_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into tip_agency (agency, received_at, tip_id, status, province, city, county)
        select distinct held.agency, new.received_at, new.id, new.status, substr(new.region, 1, 2),
               case when substr(new.region, 3, 2) <> '00' then substr(new.region, 1, 4) end,
               case when substr(new.region, 5, 2) <> '00' then new.region end
          from unnest(new.agencies) as held (agency);
    end if;
    return null;
end
$$;
