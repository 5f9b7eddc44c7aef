-- The case clusters the leading-group office has been told of as significant (a chain of
-- infringement reported by ipr.significant.cluster-size tips or more), one row each, so that it is
-- told once: the journal inserts the row in the transaction that stores the tip bringing the cluster
-- to that size, and a concurrent batch reaching it too finds the row and says nothing. Owned by
-- tip/TipJournal, as the clusters are.
create table significant_cluster (
    cluster_id  uuid primary key,
    tip_id      uuid not null references tip (id),
    reported_at timestamptz not null
);
