-- Parley's store: every table and column, with its type. This file is THE schema reference:
-- the store creates a new DuckDB or PostgreSQL store from it, parley-spark writes Parquet tables
-- with the same names and columns, and the REST server reads these tables.
--
-- schema version: 5
--
-- Stores made by an older Parley are upgraded in place by migrations/<version>.sql, one file per
-- version step (SchemaMigrations); a store newer than this build is refused. Version 1 is the
-- schema before this file existed (no schema_version table); version 2 added schema_version and
-- the two doc_hash indexes. When you change this file: raise the version above, add the
-- migration that takes a store of the previous version here, and the test compares the two.
--
-- Format (read by StoreSchema, keep it): types are SQL that DuckDB and PostgreSQL both accept;
-- one column per line inside CREATE TABLE, its comment after "--"; comment lines just above a
-- CREATE TABLE describe the table; statements end with ";". No "--" or ";" inside literals.
--
-- Offsets (span_begin, content_begin, ...) count UTF-16 code units (Java chars) into
-- documents.text. Actor codes are CAMEO-style (RUSGOV, USAMIL, IGOUNO); countries ISO3.

-- Which schema versions this store has reached; the highest is its version.
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,  -- a schema version (this file's, or a migration's)
    applied_at TIMESTAMP,         -- when the store was created at, or upgraded to, this version
    note VARCHAR                  -- "created" or "upgraded from N"
);

-- One row per stored article. Keyed by the hash of its text: the same text is stored once. Since
-- version 5 the hash is of the text's normal form (line endings as LF, no trailing whitespace on a
-- line or at the end, Unicode NFC), which is the text itself for most documents; the text stored
-- is as read. Other sources of the same text are document_aliases.
CREATE TABLE documents (
    hash VARCHAR PRIMARY KEY,  -- 16 hex digits of the SHA-256 of text in UTF-8, normalised (since version 5); the doc_hash elsewhere
    external_id VARCHAR,       -- the source's id for the article (JSONL id, file name)
    url VARCHAR,               -- where it was published, if known
    title VARCHAR,             -- its headline, if known
    published DATE,            -- its publication date, if known
    text VARCHAR,              -- the text that was analyzed; every offset points into it
    chars INTEGER,             -- length of text in UTF-16 code units
    ingested_at TIMESTAMP      -- when the row was written
);

-- Merged events, as in GDELT's event table: one row per date, source, target, CAMEO code and
-- location, however many articles report it (the reports are event_mentions).
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,  -- 20 hex digits of the SHA-256 of "date|source|target|cameo|location"
    date DATE,                     -- when it happened, resolved against the publication date; may be null
    source_code VARCHAR,           -- actor code of the source (who acts); null if none was found
    source_country VARCHAR,        -- ISO3 country (or bloc such as EUR, UNO) of the source
    target_code VARCHAR,           -- actor code of the target (who is acted upon); null if none
    target_country VARCHAR,        -- ISO3 country (or bloc) of the target
    cameo VARCHAR,                 -- CAMEO event code, 2 to 4 digits ("0422", "12")
    root VARCHAR,                  -- CAMEO root code, the first two digits
    plover VARCHAR,                -- PLOVER event type (REJECT, CONSULT, ...); null for 011-019 statements
    goldstein DOUBLE PRECISION,    -- Goldstein scale of the code, -10 (conflict) to +10 (cooperation)
    quad INTEGER,                  -- QuadClass: 1 verbal coop., 2 material coop., 3 verbal confl., 4 material confl.
    location VARCHAR,              -- place name where it happened, if known
    location_country VARCHAR,      -- ISO3 country of the place
    lat DOUBLE PRECISION,          -- latitude of the place, if the gazetteer has it
    lon DOUBLE PRECISION,          -- longitude of the place
    mode VARCHAR,                  -- PLOVER mode of the type, if any (since version 5; null before)
    context VARCHAR                -- PLOVER context of the type, if any (since version 5; null before)
);

-- One row per article sentence that reports an event: the evidence behind events.
CREATE TABLE event_mentions (
    event_id VARCHAR,        -- events.event_id
    doc_hash VARCHAR,        -- documents.hash
    sentence INTEGER,        -- sentence index in the document, from 0
    trigger_text VARCHAR,    -- the words that triggered the code ("rejected")
    rule VARCHAR,            -- the lexicon entry or pattern that fired, stable across runs
    sentence_text VARCHAR,   -- the reporting sentence
    span_begin INTEGER,      -- the offsets in documents.text of the clause that carries the event
    span_end INTEGER,
    trigger_begin INTEGER,   -- the trigger's offsets in documents.text (since version 4; null before)
    trigger_end INTEGER,
    PRIMARY KEY (event_id, doc_hash, sentence)
);

-- Quotes, direct and reported, with their speakers.
CREATE TABLE quotes (
    doc_hash VARCHAR,         -- documents.hash
    content_begin INTEGER,    -- the quoted words' offsets in documents.text
    content_end INTEGER,
    content VARCHAR,          -- the quoted words
    speaker_code VARCHAR,     -- actor code of the speaker; null if unresolved
    speaker_country VARCHAR,  -- ISO3 country of the speaker
    speaker_name VARCHAR,     -- the speaker's name, for people ("Marco Rubio")
    speaker_text VARCHAR,     -- how the text names the speaker ("the secretary")
    cue VARCHAR,              -- the reporting verb or cue ("said")
    direct BOOLEAN,           -- true for words in quotation marks, false for reported speech
    PRIMARY KEY (doc_hash, content_begin, content_end)
);

-- Positions of actors on issues. No key: a sentence may hold several stances.
CREATE TABLE stances (
    doc_hash VARCHAR,         -- documents.hash
    sentence INTEGER,         -- sentence index in the document, from 0
    holder_code VARCHAR,      -- actor code of who holds the position
    holder_country VARCHAR,   -- ISO3 country of the holder
    holder_name VARCHAR,      -- the holder's name, for people
    issue_key VARCHAR,        -- normalized issue, with a place if any ("ceasefire", "deploy-troops/UKR")
    issue_text VARCHAR,       -- the issue as the text words it
    polarity VARCHAR,         -- support, oppose, conditional or undecided
    strength DOUBLE PRECISION, -- how firmly, 0 (barely) to 1 (firmly)
    date DATE,                -- the document's publication date
    rule VARCHAR,             -- the pattern that fired
    sentence_text VARCHAR,    -- the sentence that states it (since version 4; null before)
    span_begin INTEGER,       -- the offsets in documents.text of the words that state it
    span_end INTEGER
);

-- Every actor mention of a document, as the document view highlights it (since version 4).
CREATE TABLE actor_mentions (
    doc_hash VARCHAR,         -- documents.hash
    span_begin INTEGER,       -- the mention's offsets in documents.text
    span_end INTEGER,
    code VARCHAR,             -- actor code it resolved to
    country VARCHAR,          -- ISO3 country (or bloc) of the actor
    name VARCHAR,             -- the actor's name ("Sergei Lavrov", "Russia")
    PRIMARY KEY (doc_hash, span_begin, span_end)
);

-- Where a stored document came from (since version 3). For text cleaned out of markup (a page,
-- a feed item) also the map from each character of documents.text back to the bytes of that
-- file, so that any span leads back to the source: org.parley.ingest.OffsetMap.decode reads it.
CREATE TABLE document_sources (
    doc_hash VARCHAR PRIMARY KEY,  -- documents.hash
    source VARCHAR,                -- the file, and the item or line in it ("world.rss item 3", "batch.jsonl:7")
    offsets VARCHAR                -- runs "byte,width,count;..." one per stretch of characters whose bytes follow each other evenly; null when documents.text is the file's own text
);

-- Every other source of a stored document's text (since version 5): the same article read again
-- under another id, date, URL or file (its text equal after normalising line endings, trailing
-- whitespace and Unicode to NFC). The documents row keeps the first source's; none is lost.
CREATE TABLE document_aliases (
    doc_hash VARCHAR,        -- documents.hash
    external_id VARCHAR,     -- that source's id for the article (JSONL id, file name)
    published DATE,          -- that source's publication date, if it had one
    url VARCHAR,             -- that source's URL, if it had one
    source VARCHAR,          -- the file, and the item or line in it
    seen_at TIMESTAMP        -- when it was read
);

-- Documents that could not be analyzed, with the reason.
CREATE TABLE failures (
    source VARCHAR,          -- where the document came from ("batch.jsonl:3")
    reason VARCHAR,          -- one line: what was wrong
    failed_at TIMESTAMP      -- when
);

CREATE INDEX events_date ON events (date);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX mentions_event ON event_mentions (event_id);
-- Since version 2: a document's facts by its hash (quotes have it first in their key).
CREATE INDEX mentions_doc ON event_mentions (doc_hash);
CREATE INDEX stances_doc ON stances (doc_hash);
-- Since version 5.
CREATE INDEX aliases_doc ON document_aliases (doc_hash);
