-- Files uploaded as evidence on the web portal. The metadata lives here; the bytes live behind the
-- evidence store (by default the evidence_content table below), so that they can move to an object
-- store without touching this table.
--
-- A file is staged (tip_id null, form_id set) as soon as it is uploaded and checked, so that a form
-- shown again with an error keeps it; it is attached to its tip in the transaction that stores the
-- tip. Staged files never attached are purged after a day.
create table evidence_file (
    id           uuid primary key,
    tip_id       uuid references tip (id),
    form_id      text not null,
    name         text not null,
    content_type text not null,
    size_bytes   bigint not null,
    sha256       char(64) not null,
    created_at   timestamptz not null
);

create index evidence_file_by_tip on evidence_file (tip_id) where tip_id is not null;
create index evidence_file_staged on evidence_file (form_id, created_at) where tip_id is null;

create table evidence_content (
    id      uuid primary key,
    content bytea not null
);
