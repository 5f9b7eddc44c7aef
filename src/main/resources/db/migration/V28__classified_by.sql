-- Who decided the tip's right type: the classifier's model ("v1-685241fa": version and corpus
-- digest) or the triage desk. Sent in ipr.tip.routed and ipr.tip.updated, so a model's decisions
-- can be told apart when it is retrained. Tips from before are left without.
alter table tip add column classified_by varchar(64);
