-- From version 2 to version 3: where each stored document came from, with its offset map back
-- to the source file's bytes (documents stored before have no row).
CREATE TABLE document_sources (
    doc_hash VARCHAR PRIMARY KEY,
    source VARCHAR,
    offsets VARCHAR
);
