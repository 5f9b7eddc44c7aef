-- A closing may say the tip was not an intellectual-property matter at all (not_ip_matter); the tip
-- is then kept as a `none` example for the classifier (tip/LabelledExamples). The wider check is
-- added NOT VALID, which reads no row, so the table is locked only for the moment of the swap;
-- V41 validates it in a transaction of its own, reading the rows without blocking the intake's writes
-- (in this one, the swap's exclusive lock would be held for the whole scan).
alter table tip_status_change drop constraint tip_status_change_outcome_check;
alter table tip_status_change add constraint tip_status_change_outcome_check
    check (outcome in ('CASE_FILED', 'PENALTY_IMPOSED', 'REFERRED_TO_POLICE', 'NO_INFRINGEMENT',
                       'INSUFFICIENT_EVIDENCE', 'SETTLED', 'NOT_IP_MATTER', 'OTHER')) not valid;
