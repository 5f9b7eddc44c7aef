-- Chinese calls are transcribed while the caller speaks (Twilio's real-time transcription, zh-CN):
-- each final utterance arrives in its own callback, numbered; the tip's text is them in order.
-- A retried callback finds its part already here. Owned by the twilio package, with call_session.
create table call_transcript_part (
    call_sid     varchar(64) not null references call_session (call_sid) on delete cascade,
    sequence_id  integer     not null,
    text         text        not null,
    received_at  timestamptz not null,
    primary key (call_sid, sequence_id)
);
