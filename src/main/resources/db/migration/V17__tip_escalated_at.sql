-- When an overdue tip was escalated to the leading-group office (ipr.tip.escalated): once per tip.
alter table tip add column escalated_at timestamp with time zone;
