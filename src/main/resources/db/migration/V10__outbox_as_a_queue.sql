-- Event ids are random UUIDs drawn by the service for each event; nothing looks an event up by
-- its id (agencies drop duplicates by ce_id on their side). The unique index on it cost a random
-- B-tree insertion per event, and another when the relay marks the event sent.
alter table outbox_event drop constraint outbox_event_event_id_key;

-- The outbox is a queue: every row is inserted, updated once when sent, and deleted a week later.
-- Vacuum it early and without pauses, so the relay's scan of pending rows does not wade through
-- dead ones.
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_cost_delay = 0,
                              autovacuum_analyze_scale_factor = 0.02);
