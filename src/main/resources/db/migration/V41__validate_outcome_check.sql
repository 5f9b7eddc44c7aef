-- V40's outcome check, validated apart from the swap: every row already met the narrower check, and
-- validating takes a lock that lets inserts and updates go on while the rows are read.
alter table tip_status_change validate constraint tip_status_change_outcome_check;
