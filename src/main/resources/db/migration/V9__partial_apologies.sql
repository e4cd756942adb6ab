-- An apology for part of a meeting ("I'll join late", "I'll miss the first half hour", PRODUCT.md 4): the member is
-- listed with the part they miss and still counts as present. Existing apologies are for whole meetings.

ALTER TABLE apologies ADD COLUMN partial BOOLEAN DEFAULT FALSE NOT NULL;
