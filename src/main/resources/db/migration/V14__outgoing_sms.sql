-- Text messages to reporters, written in the transaction that causes them (a status change, a
-- tracking number issued to a caller) and sent by twilio/OutgoingSms, so that a restart loses
-- none. Number and text are sealed (AES-GCM, secrets/Secrets): the receipt for a call holds the
-- access code. A row is sent, or failed for good (Twilio refused it, the number opted out, or
-- the attempts ran out), or waiting for next_attempt_at (also the lease of the instance sending it).
create table outgoing_sms (
    id              uuid        primary key,
    recipient       text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text,
    provider_sid    varchar(64)
);
create index outgoing_sms_due on outgoing_sms (next_attempt_at) where sent_at is null and failed_at is null;
create index outgoing_sms_by_age on outgoing_sms (created_at);
