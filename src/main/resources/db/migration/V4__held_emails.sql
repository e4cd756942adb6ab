-- Emails held under PLENARY_TRUST=confirm until their sender confirms them by replying to Plenary's question.
-- The question's Message-ID carries a random token; only its SHA-256 is kept, so reading the store does not
-- let anyone forge a confirmation. email_no is the held email's ledger row, whose raw message is applied again
-- on confirmation. answer is null while waiting, then 'confirmed', 'dropped' or 'expired'.
CREATE TABLE held_emails (
    group_id     VARCHAR(64) NOT NULL REFERENCES groups (id),
    token_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    email_no     BIGINT NOT NULL,
    sender       VARCHAR NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       VARCHAR(16),
    answered_at  TIMESTAMP WITH TIME ZONE
);
