-- The W3C trace context of the request that caused an event, sent on as the CloudEvents
-- distributed-tracing extension (ce_traceparent), so a tip's trace runs from the HTTP request
-- through the database write to the agency's Kafka record.
alter table outbox_event add column traceparent varchar(55);
