-- Officers act on tips from the staff screens through the same path as agencies' systems; the
-- update keeps who made it (null for an update read from an agency's topic).
alter table agency_update add column acted_by text;
