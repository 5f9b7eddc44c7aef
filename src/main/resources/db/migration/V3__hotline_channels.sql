-- Evidence references kept with a tip: MMS media, call recordings (URL, SID, type, duration).
alter table tip add column evidence jsonb not null default '[]';

-- Finding the SMS conversation a new text belongs to: the same number, recently.
create index tip_sms_by_sender on tip (reporter_phone, updated_at) where channel = 'SMS';

-- Every Twilio MessageSid handled, so a redelivered webhook makes no second tip or addition.
create table sms_message (
    message_sid varchar(64) primary key,
    tip_id      uuid,
    reply       text,
    received_at timestamptz not null
);

-- Numbers that replied STOP: no notification goes to them until they reply START.
create table sms_opt_out (
    phone        varchar(32) primary key,
    opted_out_at timestamptz not null
);

-- One phone call through the IVR; at most one tip per CallSid.
create table call_session (
    call_sid             varchar(64)  primary key,
    caller               varchar(32),
    language             varchar(2)   not null,
    reported_right_type  varchar(16),
    menu_attempts        integer      not null default 0,
    tracking_number      varchar(12),
    access_code          varchar(16),
    recording_url        text,
    recording_sid        varchar(64),
    recording_seconds    integer,
    transcription        text,
    transcription_status varchar(16),
    tip_id               uuid,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create index call_session_waiting on call_session (updated_at) where tip_id is null and recording_sid is not null;
