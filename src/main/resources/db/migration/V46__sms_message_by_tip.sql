-- A further text joins a tip when the reporter last texted about it within the merge window
-- (twilio/SmsConversations, the table's owner): found by the tip, its newest message first.
create index sms_message_tip on sms_message (tip_id, received_at);
