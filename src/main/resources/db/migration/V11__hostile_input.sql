-- Failed access-code attempts per tracking number, shared by every channel and every instance:
-- a number that collects too many is locked for a while (see tip/AccessGuard). Numbers that do
-- not exist are counted too, so that a lock says nothing about whether a number exists.
create table access_attempt (
    tracking_number varchar(12) primary key,
    attempts        integer     not null,
    window_start    timestamptz not null,
    locked_until    timestamptz
);
create index access_attempt_by_age on access_attempt (window_start);

-- Requests per client and limit in fixed windows, summed over every instance (limits/RateLimits).
-- The subject is a keyed digest of the address or phone number, never the address itself.
create table rate_limit_window (
    name         varchar(32) not null,
    subject      varchar(64) not null,
    window_start timestamptz not null,
    hits         bigint      not null,
    expires_at   timestamptz not null,
    primary key (name, subject, window_start)
);
create index rate_limit_window_expiry on rate_limit_window (expires_at);

-- Access codes that must be given back later are sealed (AES-GCM), which takes more room.
alter table idempotency_key alter column access_code type text;
alter table call_session alter column access_code type text;

-- Access-code digests are keyed now ('h1:' + HMAC); the unkeyed ones are rewrapped at start-up by
-- tip/KeyedDigestUpgrade, without anyone's code being known.
alter table tip alter column access_code_digest type varchar(80);
