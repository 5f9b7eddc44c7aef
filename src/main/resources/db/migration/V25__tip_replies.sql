-- What a reporter sends back about their tip (POST /api/v1/tips/{n}/replies, the portal's case
-- page): kept apart from the tip's text, so an answer never reroutes the tip. "answers" names the
-- agencies whose open question (an info_requested step) it answered. Owned by the tip package.
create table tip_reply (
    id          uuid        primary key,
    tip_id      uuid        not null references tip (id) on delete cascade,
    text        text        not null,
    channel     varchar(8)  not null,
    answers     text[]      not null default '{}',
    received_at timestamptz not null
);
create index tip_reply_tip on tip_reply (tip_id, received_at);
