-- A staff queue lists the tips one agency holds, newest first, 25 a page, often of one status.
-- Found through the tip's agencies array, every page view read and sorted every tip: about 0.1 s of
-- both cores per query at 386,000 tips and 1 s at 1.8 million, and an agency with few tips paid a
-- full read for its count too. tip_agency holds one row per agency holding a tip, with the tip's
-- status, in queue order, so a page reads its 25 rows and a count at most the 10,001 index entries
-- it shows, with or without a status. It is an index of the tip table, kept by the trigger below:
-- every writer of tip.agencies and tip.status (intake, agency updates, transfers, referrals,
-- triage, additions) updates it without knowing it. No foreign key and no index by tip to keep up
-- at every insert: the tip's agencies and received_at name its rows by the key. Owned by the tip
-- package, like tip.
create table tip_agency (
    agency      text        not null,
    received_at timestamptz not null,
    tip_id      uuid        not null,
    status      varchar(16) not null,
    primary key (agency, received_at, tip_id)
);

insert into tip_agency (agency, received_at, tip_id, status)
select distinct held.agency, tip.received_at, tip.id, tip.status
  from tip cross join unnest(tip.agencies) as held (agency);

create index tip_agency_by_status on tip_agency (agency, status, received_at, tip_id);

create function tip_agency_follows_tip() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        -- Hibernate writes every column on each update: many leave the agencies and status as they were.
        if tg_op = 'UPDATE' and new.agencies = old.agencies and new.status = old.status
                and new.received_at = old.received_at then
            return null;
        end if;
        delete from tip_agency
         where agency = any (old.agencies) and received_at = old.received_at and tip_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into tip_agency (agency, received_at, tip_id, status)
        select distinct held.agency, new.received_at, new.id, new.status from unnest(new.agencies) as held (agency);
    end if;
    return null;
end
$$;

create trigger tip_agency_follows_tip after insert or update of agencies, status, received_at or delete on tip
    for each row execute function tip_agency_follows_tip();

-- Coordinators see every agency's tips, newest first: the same order, straight from the tip table.
create index tip_newest_first on tip (received_at, id);
