-- E-mail to reporters who gave an address: the same outbox as text messages (notify/MessageQueue),
-- recipient and body (the subject, a newline, the text) sealed. Owned by the mail package.
create table outgoing_email (
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
create index outgoing_email_due on outgoing_email (next_attempt_at) where sent_at is null and failed_at is null;
create index outgoing_email_by_age on outgoing_email (created_at);
