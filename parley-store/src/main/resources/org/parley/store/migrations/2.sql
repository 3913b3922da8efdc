-- From version 1 (the store before schema.sql: no schema_version table) to version 2.
-- No stored row changes; the version table and two indexes for a document's facts.
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP,
    note VARCHAR
);
CREATE INDEX mentions_doc ON event_mentions (doc_hash);
CREATE INDEX stances_doc ON stances (doc_hash);
