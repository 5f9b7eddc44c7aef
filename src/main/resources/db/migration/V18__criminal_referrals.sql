-- Criminal referrals: an administrative agency passes a tip to public security as a suspected crime
-- and keeps its own case; public security accepts or refuses, with a reason. One open referral per
-- tip at a time; a refused tip may be referred again.
create table criminal_referral (
    id               uuid        primary key,
    tip_id           uuid        not null references tip (id),
    referring_agency varchar(32) not null,
    police_agency    varchar(32) not null,
    note             text,
    referred_at      timestamptz not null,
    answer           varchar(16) check (answer in ('ACCEPTED', 'REFUSED')),
    reason           text,
    answered_at      timestamptz,
    check ((answer is null) = (answered_at is null))
);
create unique index criminal_referral_open on criminal_referral (tip_id) where answer is null;
create index criminal_referral_by_time on criminal_referral (referred_at);
create index criminal_referral_answered on criminal_referral (answered_at) where answered_at is not null;

-- The referral steps in a tip's history (REFERRAL_ACCEPTED) are longer than the first statuses.
alter table tip_status_change alter column status type varchar(32);
alter table agency_update alter column status type varchar(32);
