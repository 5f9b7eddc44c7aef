-- Nothing looks tips up by cluster yet, and a random-UUID index costs every insert; it comes back
-- with the first query that needs it.
drop index if exists tip_by_cluster;
