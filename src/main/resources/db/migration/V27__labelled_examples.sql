-- What people decided a tip was, kept as examples for the classifier's next training: the triage
-- desk's choice for a tip nobody could route. The text is the tip's as it was decided on.
-- Owned by the tip package (tip/TriageDecisions); read by the training tool's export.
create table labelled_example (
    id          uuid        primary key,
    tip_id      uuid        not null references tip (id) on delete cascade,
    text        text        not null,
    right_type  varchar(16) not null,
    flags       text[]      not null default '{}',
    source      varchar(16) not null,
    decided_by  varchar(128) not null,
    decided_at  timestamptz not null,
    model_said  varchar(16) not null
);
create index labelled_example_decided on labelled_example (decided_at);
