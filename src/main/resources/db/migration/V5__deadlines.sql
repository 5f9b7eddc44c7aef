-- A tip past its deadline (acceptance, or feedback after acceptance): since when, and when the
-- agencies holding it were last reminded.
alter table tip add column overdue_since timestamptz;
alter table tip add column reminded_at timestamptz;
create index tip_open_by_age on tip (received_at) where status <> 'CLOSED';
