-- From version 3 to version 4: the spans the server's document view highlights. Stored rows keep
-- null in the new columns (their documents show fewer highlights until they are ingested anew).
ALTER TABLE event_mentions ADD COLUMN trigger_begin INTEGER;
ALTER TABLE event_mentions ADD COLUMN trigger_end INTEGER;
ALTER TABLE stances ADD COLUMN sentence_text VARCHAR;
ALTER TABLE stances ADD COLUMN span_begin INTEGER;
ALTER TABLE stances ADD COLUMN span_end INTEGER;
CREATE TABLE actor_mentions (
    doc_hash VARCHAR,
    span_begin INTEGER,
    span_end INTEGER,
    code VARCHAR,
    country VARCHAR,
    name VARCHAR,
    PRIMARY KEY (doc_hash, span_begin, span_end)
);
