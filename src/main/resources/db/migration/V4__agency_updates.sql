-- Every status update received from an agency, by its CloudEvents id: applied once, and kept,
-- with why it was rejected when it was (an agency that does not hold the tip, an unknown tip).
create table agency_update (
    event_id        varchar(255) primary key,
    agency          varchar(32)  not null,
    tracking_number varchar(32),
    status          varchar(16),
    outcome         varchar(16)  not null check (outcome in ('APPLIED', 'REJECTED')),
    reason          text,
    received_at     timestamptz  not null
);
create index agency_update_rejected on agency_update (received_at) where outcome = 'REJECTED';
