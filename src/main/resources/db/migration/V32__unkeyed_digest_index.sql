-- Access-code digests stored before they were keyed are rewrapped at every start
-- (tip/KeyedDigestUpgrade). Finding them read the whole tip table each time: 100 ms at 340,000
-- tips, taken from the start-up of every instance and growing with the table. Once every digest is
-- keyed this index is empty, and the search costs nothing.
create index tip_unkeyed_access_code on tip (id) where access_code_digest not like 'h1:%';
