-- The personal calendar feeds of the desk (PRODUCT.md 3.7). A member's feed key is derived from a secret (the
-- setting PLENARY_FEED_SECRET, else the one kept here) and the key's row, so the desk and the STATUS reply can show it
-- again; only its SHA-256 is kept, to look it up. Revoking a key ends its row; the next one shown is a new key.
CREATE TABLE feed_keys (
    key_hash    VARCHAR(64) PRIMARY KEY,
    group_id    VARCHAR(64) NOT NULL,
    email       VARCHAR NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX feed_keys_by_person ON feed_keys (group_id, email);

-- The store's own feed secret, made once, used when PLENARY_FEED_SECRET is not set.
CREATE TABLE feed_secret (
    secret_no   INT PRIMARY KEY,
    secret      VARCHAR(64) NOT NULL
);
