-- The tips the leading-group office was told of by the significant-case rules, one row each, so
-- that it is told once per tip: at intake, or later when the triage desk routes a tip it held and
-- the rules then match (a tip nobody could classify that names 5 million yuan). The journal
-- writes the rows of the tips it finds significant, the triage desk claims one before telling
-- the office. Owned by tip/TipJournal.
create table significant_tip (
    tip_id  uuid primary key references tip (id),
    told_at timestamptz not null
);
