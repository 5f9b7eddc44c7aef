-- Tips an agency's officer reported to the leading-group office as significant cases, by judgment
-- rather than by a rule (press attention, a chain that crosses provinces, a threat to health): one
-- row per tip, so that the office is told once, whoever reports it first. Owned by
-- tip/SignificantReports.
create table significant_report (
    tip_id      uuid primary key references tip (id),
    agency      varchar(32) not null,
    reported_by varchar(200) not null,
    note        text not null,
    reported_at timestamptz not null
);
