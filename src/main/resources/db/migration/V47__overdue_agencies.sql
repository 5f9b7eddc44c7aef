-- Which agencies missed a deadline on a tip (agency/OverdueReminders, through tip/OverdueMarks, the
-- table's owner): the agencies its reminders went to, gathered over the runs. A tip late only for
-- public security's answer to a referral is public security's to answer for, not that of the
-- agencies holding it, which accepted in time; the overdue gauge and the monthly figures count each
-- agency by this list. Tips flagged before it was kept count, as they did, for every agency holding
-- them (few tips: the flagged ones, found through tip_overdue).
alter table tip add column overdue_agencies text[] not null default '{}';
update tip set overdue_agencies = agencies where overdue_since is not null;
