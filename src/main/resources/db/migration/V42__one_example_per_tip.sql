-- One training example per tip: what people last decided it was. A tip the triage desk called a
-- trademark matter, that SAMR then passed to CNIPA and CNIPA closed as no IP matter, had three rows
-- with three labels, and two agencies closing the same tip as no IP matter gave the same row twice;
-- the training read them all. The row kept is the latest decision, with what the classifier had
-- first made of the tip (model_said of the earliest row). Owned by tip/LabelledExamples.
update labelled_example kept
   set model_said = earliest.model_said
  from (select distinct on (tip_id) tip_id, model_said
          from labelled_example order by tip_id, decided_at, id) earliest
 where earliest.tip_id = kept.tip_id;
delete from labelled_example superseded
 using labelled_example later
 where later.tip_id = superseded.tip_id
   and (later.decided_at, later.id) > (superseded.decided_at, superseded.id);
create unique index labelled_example_tip on labelled_example (tip_id);
