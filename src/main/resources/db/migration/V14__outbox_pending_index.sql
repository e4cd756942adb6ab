-- The oldest email waiting and how many wait (/health, /metrics) are read from outbox_due, whose first column is the
-- same sent_at: a scan of the waiting emails' entries (a few thousand at most, in a backlog) when asked, instead of
-- a fifth index kept up to date with every email written and every email sent, on both the mailbox's and the outbox's
-- thread (issue 11).
DROP INDEX outbox_pending;
