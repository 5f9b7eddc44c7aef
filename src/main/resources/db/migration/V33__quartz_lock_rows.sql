-- Quartz's clustered job store takes a row lock in qrtz_locks before every change, and inserts the
-- row the first time it finds none. Two instances starting together on a new database both
-- inserted it: one failed with a duplicate key, and Quartz gave up starting ("Unable to create
-- Scheduler"), so that replica did not start (seen in TwoInstancesIT). The rows exist from now on,
-- for the scheduler name Quarkus uses (quarkus.quartz.instance-name, default QuarkusQuartzScheduler).
insert into qrtz_locks (sched_name, lock_name)
values ('QuarkusQuartzScheduler', 'TRIGGER_ACCESS'), ('QuarkusQuartzScheduler', 'STATE_ACCESS')
on conflict do nothing;
