-- Questions (PRODUCT.md 4, "Who hears back"): an email that cannot be applied as it stands (two meetings fit) is
-- kept like a held email, under the token of the question Plenary asked; choices lists, one id a line, the
-- meetings the question names in order (so "1" means the first). A held email has no choices.
ALTER TABLE held_emails ADD COLUMN choices VARCHAR;

-- Every error, question, help and status reply sent, per sender, so they can be limited against loops (so many an
-- hour and a day) without limiting people: the old reply_limits allowed one of a kind a day.
CREATE TABLE reply_log (
    group_id  VARCHAR(64) NOT NULL,
    email     VARCHAR NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reply_log_by_sender ON reply_log (group_id, email, sent_at);
