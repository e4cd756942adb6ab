-- Indexes for the reads a backlog of mail repeats (issue 11's profile of a 10,000-email drain): without them each read
-- went through the whole outbox, which grows with every reply, so the drain slowed down the longer it ran.
-- Plenary's recent error and help replies to a sender, read for every email (lines only echoed back are set aside),
-- and a round-up still waiting for its recipient:
CREATE INDEX outbox_by_purpose ON outbox (group_id, purpose, recipients, created_at);
-- The emails due, in the order they are sent, and the oldest one waiting (/health): read in index order, not sorted.
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at, outbox_no);
CREATE INDEX outbox_pending ON outbox (sent_at, outbox_no);
