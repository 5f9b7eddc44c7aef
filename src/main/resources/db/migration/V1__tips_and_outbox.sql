-- A tip as the reporter gave it, how it was classified and where it was routed.
create table tip (
    id                    uuid        primary key,
    tracking_number       varchar(12) not null unique,
    access_code_digest    char(64)    not null,
    channel               varchar(8)  not null check (channel in ('WEB', 'API', 'SMS', 'VOICE')),
    text                  text        not null,
    language              varchar(8)  not null,
    reporter_name         text,
    reporter_organisation text,
    reporter_phone        text,
    reporter_email        text,
    foreign_invested      boolean     not null default false,
    reported_right_type   varchar(16),
    right_type            varchar(16) not null,
    confidence            double precision not null check (confidence between 0 and 1),
    runner_up             varchar(16) not null,
    flags                 text[]      not null default '{}',
    classification_terms  text[]      not null default '{}',
    agencies              text[]      not null default '{}',
    status                varchar(16) not null check (status in
                              ('RECEIVED', 'ROUTED', 'ACCEPTED', 'IN_PROGRESS', 'INFO_REQUESTED', 'TRANSFERRED', 'CLOSED')),
    received_at           timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);

-- Every status a tip has been in, in order; what the reporter sees when following a case.
create table tip_status_change (
    id         uuid        primary key,
    tip_id     uuid        not null references tip (id),
    position   integer     not null,
    status     varchar(16) not null,
    agency     varchar(32),
    note       text,
    changed_at timestamptz not null
);
create unique index tip_status_change_by_tip on tip_status_change (tip_id, position);

-- A client's Idempotency-Key and the tip it made, so a retry gets the same tip and access code.
-- The access code is kept in clear only for this; rows are deleted after a day.
create table idempotency_key (
    key            varchar(255) primary key,
    request_digest char(64)     not null,
    -- Deferred: the key is claimed first in the tip's transaction, so a concurrent retry waits for it.
    tip_id         uuid         not null references tip (id) deferrable initially deferred,
    access_code    varchar(16)  not null,
    created_at     timestamptz  not null
);
create index idempotency_key_by_age on idempotency_key (created_at);

-- Transactional outbox: written in the tip's transaction, published to Kafka by the relay.
create table outbox_event (
    seq             bigserial    primary key,
    event_id        uuid         not null unique,
    aggregate_id    uuid         not null,
    topic           varchar(249) not null,
    event_type      varchar(64)  not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    sent_at         timestamptz
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;
