-- The relay now touches each pending row twice (its lease, then its marking). Leave room in each
-- page so that the lease, which changes no indexed column, is a heap-only update: no index entries,
-- less to vacuum.
alter table outbox_event set (fillfactor = 70);
