-- Provincial bureaus' staff see their agency's tips from their province only (api/StaffRoles), and
-- any queue can be filtered by province. Filtered on the tip, a page read the agency's rows until 25
-- matched, and its count until 10,001 did: every row the agency has, for a province with few tips.
-- tip_agency now carries the tip's province (its region's first two digits, null without a region),
-- and an index walks one agency's tips of one province in queue order. The trigger keeps it as the
-- region changes too (a caller keys it in, a reporter adds it).
alter table tip_agency add column province varchar(2);

update tip_agency held set province = substr(tip.region, 1, 2)
  from tip
 where tip.id = held.tip_id and tip.region is not null;

create index tip_agency_by_province on tip_agency (agency, province, received_at, tip_id) where province is not null;

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
        insert into tip_agency (agency, received_at, tip_id, status, province)
        select distinct held.agency, new.received_at, new.id, new.status, substr(new.region, 1, 2)
          from unnest(new.agencies) as held (agency);
    end if;
    return null;
end
$$;

drop trigger tip_agency_follows_tip on tip;
create trigger tip_agency_follows_tip after insert or update of agencies, status, received_at, region or delete on tip
    for each row execute function tip_agency_follows_tip();
