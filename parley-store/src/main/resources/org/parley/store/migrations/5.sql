-- From version 4 to version 5: the PLOVER mode and context of each event (stored rows keep null),
-- and every other source of a stored document's text as an alias.
ALTER TABLE events ADD COLUMN mode VARCHAR;
ALTER TABLE events ADD COLUMN context VARCHAR;
CREATE TABLE document_aliases (
    doc_hash VARCHAR,
    external_id VARCHAR,
    published DATE,
    url VARCHAR,
    source VARCHAR,
    seen_at TIMESTAMP
);
CREATE INDEX aliases_doc ON document_aliases (doc_hash);
