-- Version 1 of the store, before schema.sql and schema_version: the exact DDL that
-- JdbcEventStore ran until then (copied from its SCHEMA array), one statement per line.
-- A fixture for SchemaMigrationsTest; never edit it.
CREATE TABLE IF NOT EXISTS documents (hash VARCHAR PRIMARY KEY, external_id VARCHAR, url VARCHAR, title VARCHAR, published DATE, text VARCHAR, chars INTEGER, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS events (event_id VARCHAR PRIMARY KEY, date DATE, source_code VARCHAR, source_country VARCHAR, target_code VARCHAR, target_country VARCHAR, cameo VARCHAR, root VARCHAR, plover VARCHAR, goldstein DOUBLE PRECISION, quad INTEGER, location VARCHAR, location_country VARCHAR, lat DOUBLE PRECISION, lon DOUBLE PRECISION);
CREATE TABLE IF NOT EXISTS event_mentions (event_id VARCHAR, doc_hash VARCHAR, sentence INTEGER, trigger_text VARCHAR, rule VARCHAR, sentence_text VARCHAR, span_begin INTEGER, span_end INTEGER, PRIMARY KEY (event_id, doc_hash, sentence));
CREATE TABLE IF NOT EXISTS quotes (doc_hash VARCHAR, content_begin INTEGER, content_end INTEGER, content VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR, cue VARCHAR, direct BOOLEAN, PRIMARY KEY (doc_hash, content_begin, content_end));
CREATE TABLE IF NOT EXISTS stances (doc_hash VARCHAR, sentence INTEGER, holder_code VARCHAR, holder_country VARCHAR, holder_name VARCHAR, issue_key VARCHAR, issue_text VARCHAR, polarity VARCHAR, strength DOUBLE PRECISION, date DATE, rule VARCHAR);
CREATE TABLE IF NOT EXISTS failures (source VARCHAR, reason VARCHAR, failed_at TIMESTAMP);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_source ON events (source_code);
CREATE INDEX IF NOT EXISTS events_target ON events (target_code);
CREATE INDEX IF NOT EXISTS mentions_event ON event_mentions (event_id);
