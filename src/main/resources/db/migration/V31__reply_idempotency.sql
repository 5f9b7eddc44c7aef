-- A reply sent again (a client's retry with the same Idempotency-Key, a reporter's second click on
-- the case page's form) is recognised on its tip, and answered as the first was.
alter table tip_reply add column idempotency_key text;
alter table tip_reply add column request_digest text;
create unique index tip_reply_idempotency on tip_reply (tip_id, idempotency_key) where idempotency_key is not null;
