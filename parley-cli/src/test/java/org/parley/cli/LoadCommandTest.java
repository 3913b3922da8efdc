package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.parley.store.EventStore;
import org.parley.store.JdbcEventStore;
import org.parley.store.testing.StoreFixtures;

/**
 * {@code parley load} on Parquet tables laid out as the Spark job lays them out (a directory per
 * table, Hive-style {@code month=} partitions, events with their mention counts), made here by
 * DuckDB from a filled store so that no Spark is needed: the loaded store holds what the
 * original held, and loading again adds nothing. On DuckDB, and on PostgreSQL where CI has one.
 */
class LoadCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.parley.store.testing.StoreFixtures#backends")
    void loadsTheJobsTablesOnceIntoTheStore(String backend) throws Exception {
        String original = StoreFixtures.filled("duckdb", dir);
        Path out = dir.resolve("parquet");
        Files.createDirectories(out.resolve("failures"));
        String o = out.toString();
        StoreFixtures.execute(original,
                "INSERT INTO failures VALUES ('batch.jsonl:3', 'empty text', TIMESTAMP '2025-01-01 00:00:00')",
                "INSERT INTO document_aliases SELECT hash, 'copy-1', DATE '2025-02-03', 'https://example.org/copy',"
                        + " 'copies.jsonl:copy-1', TIMESTAMP '2025-01-01 00:00:00' FROM documents ORDER BY hash LIMIT 1",
                // Beside it: an alias of a text the output has not, and a document's own id and source, which are no aliases.
                "COPY (SELECT *, COALESCE(strftime(published, '%Y-%m'), 'undated') AS month FROM document_aliases"
                        + " UNION ALL SELECT 'ffffffffffffffff', 'stray', NULL, NULL, 'x.jsonl:stray', TIMESTAMP"
                        + " '2025-01-01 00:00:00', 'undated' UNION ALL (SELECT hash, external_id, NULL, NULL, NULL, TIMESTAMP"
                        + " '2025-01-01 00:00:00', 'undated' FROM documents ORDER BY hash LIMIT 1)) TO '" + o
                        + "/document_aliases' (FORMAT PARQUET, PARTITION_BY (month))",
                "COPY (SELECT *, COALESCE(strftime(published, '%Y-%m'), 'undated') AS month FROM documents) TO '" + o
                        + "/documents' (FORMAT PARQUET, PARTITION_BY (month))",
                "COPY (SELECT e.*, (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.event_id) AS mention_count,"
                        + " COALESCE(strftime(date, '%Y-%m'), 'undated') AS month FROM events e) TO '" + o
                        + "/events' (FORMAT PARQUET, PARTITION_BY (month))",
                "COPY (SELECT *, 'undated' AS month FROM event_mentions) TO '" + o + "/event_mentions' (FORMAT PARQUET,"
                        + " PARTITION_BY (month))",
                "COPY quotes TO '" + o + "/quotes.parquet' (FORMAT PARQUET)",
                "COPY stances TO '" + o + "/stances.parquet' (FORMAT PARQUET)",
                "COPY actor_mentions TO '" + o + "/actor_mentions.parquet' (FORMAT PARQUET)",
                "COPY failures TO '" + o + "/failures/part-0.parquet' (FORMAT PARQUET)");
        // A table directory holds its files: move the single-file tables into theirs.
        for (String t : new String[] {"quotes", "stances", "actor_mentions"}) {
            Files.createDirectories(out.resolve(t));
            Files.move(out.resolve(t + ".parquet"), out.resolve(t).resolve("part-0.parquet"));
        }
        EventStore.Counts expected;
        try (JdbcEventStore s = JdbcEventStore.open(original)) {
            expected = s.counts();
        }
        assertTrue(expected.events() > 0 && expected.quotes() > 0 && expected.stances() > 0, expected.toString());

        String target = StoreFixtures.location(backend, dir, "loaded");
        CliRun first = CliRun.run(null, "load", o, "--db", target);
        assertEquals(0, first.exitCode(), first.err());
        CliRun again = CliRun.run(null, "load", o, "--db", target);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("0 documents, 0 events, 0 event_mentions"), again.err());
        assertTrue(first.err().contains(" 1 document_aliases"), first.err());
        assertTrue(again.err().contains(" 0 document_aliases"), again.err());
        try (JdbcEventStore s = JdbcEventStore.open(target)) {
            assertEquals(expected, s.counts());
        }
        assertEquals(aliases(original), aliases(target), "the alias, once, as stored");
        CliRun events = CliRun.run(null, "events", "--db", target, "--format", "csv");
        assertEquals(0, events.exitCode(), events.err());
        assertTrue(events.out().lines().count() > 1, "the query commands read the loaded store: " + events.out());
    }

    /** The document_aliases rows of a store, one line each. */
    private static java.util.List<String> aliases(String location) {
        try (JdbcEventStore s = JdbcEventStore.open(location)) {
            return s.database().query("reading aliases", "SELECT doc_hash, external_id, published, url, source, seen_at"
                    + " FROM document_aliases ORDER BY doc_hash, external_id", java.util.List.of(),
                    rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDate(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getTimestamp(6));
        }
    }

    @org.junit.jupiter.api.Test
    void refusesADirectoryThatIsNotTheJobsOutput() {
        CliRun run = CliRun.run(null, "load", dir.toString(), "--db", dir.resolve("x.duckdb").toString());
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("no documents/"), run.err());
    }
}
