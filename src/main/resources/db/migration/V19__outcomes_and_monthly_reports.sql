-- What a closing came to, and the penalty when there was one.
alter table tip_status_change add column outcome varchar(32)
    check (outcome in ('CASE_FILED', 'PENALTY_IMPOSED', 'REFERRED_TO_POLICE', 'NO_INFRINGEMENT',
                       'INSUFFICIENT_EVIDENCE', 'SETTLED', 'OTHER'));
alter table tip_status_change add column penalty_yuan numeric(15, 2) check (penalty_yuan > 0);
-- The monthly reports count the work done in a month from the steps of that month.
create index tip_status_change_by_time on tip_status_change (changed_at);

-- Each lead agency's monthly progress report: drafted on the 1st of the next month, reviewed and
-- submitted by the agency before the 15th; the office sees who has submitted and when.
create table monthly_report (
    agency          varchar(32) not null,
    month           date        not null check (extract(day from month) = 1),
    figures         jsonb       not null,
    drafted_at      timestamptz not null,
    due_at          timestamptz not null,
    due_provisional boolean     not null,
    submitted_at    timestamptz,
    submitted_by    varchar(255),
    submitted_via   varchar(16) check (submitted_via in ('HTTP', 'KAFKA')),
    note            text,
    reminded_at     timestamptz,
    escalated_at    timestamptz,
    primary key (agency, month),
    check ((submitted_at is null) = (submitted_via is null))
);
create index monthly_report_unsubmitted on monthly_report (due_at) where submitted_at is null;
