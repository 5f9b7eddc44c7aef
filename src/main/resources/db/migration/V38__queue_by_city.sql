-- Cities' bureaus (a city-<NNNN> role, api/StaffRoles) see their agencies' tips from their city.
-- Filtered on the tip, a city with few of a busy province's tips read the province's rows until 25
-- matched: 393 ms for Shenzhen's 560 of Guangdong's 32,116 SAMR tips (bench/queue.sh). tip_agency
-- now carries the tip's city too (its region's first four digits when the region lies in a city,
-- null for a province-level region or none), and an index walks one agency's tips of one city in
-- queue order. The trigger keeps it as the region changes, as it does the province.
alter table tip_agency add column city varchar(4);

update tip_agency held set city = substr(tip.region, 1, 4)
  from tip
 where tip.id = held.tip_id and tip.region is not null and substr(tip.region, 3, 2) <> '00';

create index tip_agency_by_city on tip_agency (agency, city, received_at, tip_id) where city is not null;

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
        insert into tip_agency (agency, received_at, tip_id, status, province, city)
        select distinct held.agency, new.received_at, new.id, new.status, substr(new.region, 1, 2),
               case when substr(new.region, 3, 2) <> '00' then substr(new.region, 1, 4) end
          from unnest(new.agencies) as held (agency);
    end if;
    return null;
end
$$;
