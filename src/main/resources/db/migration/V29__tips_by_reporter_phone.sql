-- Every text that is not a keyword asks whether the sender's SMS or phone tip waits for their
-- answer (tip/TipReplies.awaitingAnswerFrom): by number, newest first, for phone tips too, which
-- the SMS-only index of V3 does not cover.
create index tip_by_reporter_phone on tip (reporter_phone, updated_at) where reporter_phone is not null;
