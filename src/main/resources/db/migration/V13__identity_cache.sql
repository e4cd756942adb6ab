-- H2 keeps 32 values of an identity column in hand; taking the 33rd writes the column's sequence back and commits that on
-- its own, which with WRITE_DELAY=0 stores to disk every page the email's transaction has changed so far: half of the
-- commits the mailbox thread made in a backlog, a few times per email (issue 11). A thousand in hand make that rare;
-- a killed process leaves a gap of at most that many numbers, which nothing reads as a count. PostgreSQL keeps its
-- default (${identity_cache} is 1 there: a larger cache would hold numbers per connection, with no cost to save).
ALTER TABLE agenda_items ALTER COLUMN item_no SET CACHE ${identity_cache};
ALTER TABLE action_notes ALTER COLUMN note_no SET CACHE ${identity_cache};
ALTER TABLE changes ALTER COLUMN change_no SET CACHE ${identity_cache};
ALTER TABLE inbound_emails ALTER COLUMN email_no SET CACHE ${identity_cache};
ALTER TABLE outbox ALTER COLUMN outbox_no SET CACHE ${identity_cache};
ALTER TABLE decisions ALTER COLUMN decision_no SET CACHE ${identity_cache};
ALTER TABLE attendance ALTER COLUMN attendance_no SET CACHE ${identity_cache};
ALTER TABLE undo_log ALTER COLUMN entry_no SET CACHE ${identity_cache};
