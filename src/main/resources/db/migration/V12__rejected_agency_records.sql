-- Records on an agency's update topic that could never be applied: not a CloudEvent of ours,
-- not parseable, or refused by the database for what they hold (a value too long for its column,
-- a NUL in a note). Kept as they came, by where they came from, so the agency can be told and the
-- record replayed once fixed; the consumer moves past them at once. Updates that were read but
-- refused for what they ask (an agency that does not hold the tip) stay in agency_update.
create table agency_record_rejected (
    topic        varchar(249) not null,
    partition_no integer      not null,
    record_offset bigint       not null,
    agency       varchar(32)  not null,
    event_id     varchar(255),
    reason       text         not null,
    headers      text         not null,
    record_key   bytea,
    record_value bytea,
    rejected_at  timestamptz  not null,
    primary key (topic, partition_no, record_offset)
);
create index agency_record_rejected_by_age on agency_record_rejected (rejected_at);
create index agency_record_rejected_by_event on agency_record_rejected (event_id);
