-- Who may read over HTTP (PRODUCT.md 3.6): personal API tokens, emailed sign-in links and the sessions they
-- open. Only the SHA-256 of each token is kept, so a copy of the store opens no door. No reference to groups:
-- `./plenary token` may run against a store the service has not filled yet.
CREATE TABLE access_tokens (
    token_hash  VARCHAR(64) PRIMARY KEY,
    group_id    VARCHAR(64) NOT NULL,
    email       VARCHAR NOT NULL,
    kind        VARCHAR(16) NOT NULL,          -- api, sign-in or session
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,      -- null: until revoked
    used_at     TIMESTAMP WITH TIME ZONE       -- when a sign-in link was used (once)
);
CREATE INDEX access_tokens_by_person ON access_tokens (group_id, email, kind);
