-- Patent, trademark and plant-variety numbers found in a tip's text, with their check-digit
-- verdict: evidence for the agency, recorded at intake.
alter table tip add column registration_numbers jsonb not null default '[]';
