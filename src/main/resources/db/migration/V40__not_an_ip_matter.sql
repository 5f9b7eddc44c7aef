-- A closing may say the tip was not an intellectual-property matter at all (not_ip_matter); the tip
-- is then kept as a `none` example for the classifier (tip/LabelledExamples). The new check is
-- added NOT VALID and then validated: every existing row met the narrower check, and validating
-- does not block the intake's writes as adding a checked constraint would.
alter table tip_status_change drop constraint tip_status_change_outcome_check;
alter table tip_status_change add constraint tip_status_change_outcome_check
    check (outcome in ('CASE_FILED', 'PENALTY_IMPOSED', 'REFERRED_TO_POLICE', 'NO_INFRINGEMENT',
                       'INSUFFICIENT_EVIDENCE', 'SETTLED', 'NOT_IP_MATTER', 'OTHER')) not valid;
alter table tip_status_change validate constraint tip_status_change_outcome_check;
