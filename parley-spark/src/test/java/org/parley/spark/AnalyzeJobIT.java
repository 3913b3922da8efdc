package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.cli.Main;
import org.parley.store.StoreSchema;

/**
 * The job in {@code local[2]} (with up to 4 attempts per task, as a cluster allows) on a small
 * JSONL of our own: its tables, loaded with {@code parley load}, hold exactly what
 * {@code parley ingest} stores for the same file, the copies of a text under other ids and dates
 * (its document_aliases) included; a task killed mid-partition on its first
 * attempt is retried without duplicates; bad records and failing documents are failures rows;
 * a re-run writes the same rows. One Spark session, one job run and one ingest for all tests
 * (the models load once per pipeline: the job's and the CLI's).
 */
class AnalyzeJobIT {

    /** Columns whose value is the time of the run, not of the input. */
    private static final Set<String> RUN_TIME = Set.of("ingested_at", "failed_at", "seen_at");

    /** Tables whose {@code source} is the job's {@code file:id}, not ingest's {@code file:line}. */
    private static final Set<String> SOURCED = Set.of("failures", "document_aliases");

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path input;
    static Path output;
    static String ingested;
    static String loaded;
    static AnalyzeJob.Summary summary;

    @BeforeAll
    static void runJobAndIngest() throws Exception {
        assertEquals("127.0.0.1", System.getenv("SPARK_LOCAL_IP"), "the build runs Spark on loopback only");
        input = dir.resolve("articles.jsonl");
        try (InputStream in = AnalyzeJobIT.class.getResourceAsStream("articles.jsonl")) {
            Files.copy(in, input);
        }
        output = dir.resolve("out");
        spark = SparkSession.builder()
                .master("local[2,4]")
                .appName("parley-spark-it")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config(DocumentAnalyzer.FAIL_AFTER, "1")
                .getOrCreate();
        summary = AnalyzeJob.run(spark, JobOptions.parse("--input", input.toString(), "--output", output.toString(),
                "--partitions", "2"));

        ingested = dir.resolve("ingested.duckdb").toString();
        assertEquals(Main.SOME_FAILED, Main.run("ingest", "--threads", "2", "--db", ingested, input.toString()));
        loaded = dir.resolve("loaded.duckdb").toString();
        assertEquals(Main.OK, Main.run("load", output.toString(), "--db", loaded));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void bindsLoopbackOnly() {
        assertEquals("127.0.0.1", spark.sparkContext().conf().get("spark.driver.host"));
        assertEquals("127.0.0.1", spark.sparkContext().env().blockManager().blockManagerId().host());
    }

    @Test
    void loadedRowsEqualWhatIngestStores() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + ingested + "' AS ingest (READ_ONLY)");
            st.execute("ATTACH '" + loaded + "' AS spark (READ_ONLY)");
            for (String table : RowSchema.TABLES) {
                String columns = columns(table, SOURCED.contains(table) ? Set.of("source") : Set.of());
                long rows = number(st, "SELECT COUNT(*) FROM ingest." + table);
                assertEquals(rows, number(st, "SELECT COUNT(*) FROM spark." + table), table + " rows");
                assertEquals(0, number(st, "SELECT COUNT(*) FROM (SELECT " + columns + " FROM ingest." + table
                        + " EXCEPT ALL SELECT " + columns + " FROM spark." + table + ")"), table + ": rows of ingest only");
                assertEquals(0, number(st, "SELECT COUNT(*) FROM (SELECT " + columns + " FROM spark." + table
                        + " EXCEPT ALL SELECT " + columns + " FROM ingest." + table + ")"), table + ": rows of the job only");
                if (!table.equals("failures")) {
                    assertTrue(rows > 0, "the input gives " + table);
                }
            }
            assertEquals(7, number(st, "SELECT COUNT(*) FROM spark.documents"), "one document per distinct text");
            assertEquals("wire-107", text(st, "SELECT external_id FROM spark.documents WHERE title IS NULL"
                    + " AND text LIKE 'France accused%'"), "of a repeated text, the least id is kept, as ingest keeps the first");
        }
    }

    @Test
    void theOtherCopiesOfATextAreItsAliases() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String aliases = parquet("document_aliases");
            assertEquals(List.of(
                            "wire-104-reprint|2025-06-14|https://example.org/104-reprint|articles.jsonl:wire-104-reprint"
                                    + "|of wire-104|2025-06",
                            "wire-105-dated|2025-06-25|null|articles.jsonl:wire-105-dated|of wire-105|2025-06",
                            "wire-107-copy|2025-06-20|null|articles.jsonl:wire-107-copy|of wire-107|2025-06"),
                    strings(st, "SELECT a.external_id || '|' || a.published || '|' || COALESCE(a.url, 'null') || '|'"
                            + " || a.source || '|of ' || d.external_id || '|' || a.month FROM " + aliases + " a JOIN "
                            + parquet("documents") + " d ON d.hash = a.doc_hash ORDER BY a.external_id"),
                    "one alias per other copy, of the document kept");
            assertEquals(List.of("wire-105|2025-06-25|2025-06"), strings(st, "SELECT external_id || '|' || published"
                    + " || '|' || month FROM " + parquet("documents") + " WHERE text LIKE 'Japan and South Korea%'"),
                    "an undated document takes the date of a copy that has one, as the store gives it");
            String stancesOf105 = "SELECT COUNT(*) FROM " + parquet("stances") + " s JOIN " + parquet("documents")
                    + " d ON d.hash = s.doc_hash WHERE d.external_id = 'wire-105'";
            assertTrue(number(st, stancesOf105) > 0, "Tokyo supports the plan: a stance");
            assertEquals(0, number(st, stancesOf105 + " AND s.date IS DISTINCT FROM DATE '2025-06-25'"),
                    "and so do its stances");
            assertEquals(3L, summary.rows().get("document_aliases"));
        }
    }

    @Test
    void badRecordsAndFailingDocumentsBecomeFailuresRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String failures = "read_parquet('" + output.resolve("failures") + "/**/*.parquet', hive_partitioning = true)";
            assertEquals(4, number(st, "SELECT COUNT(*) FROM " + failures));
            assertEquals(1, number(st, "SELECT COUNT(*) FROM " + failures + " WHERE reason = 'empty text'"
                    + " AND source LIKE 'articles.jsonl:blank-1'"));
            assertEquals(1, number(st, "SELECT COUNT(*) FROM " + failures + " WHERE reason LIKE 'binary content%'"));
            assertEquals(1, number(st, "SELECT COUNT(*) FROM " + failures + " WHERE reason LIKE 'not JSON%'"));
            assertEquals(1, number(st, "SELECT COUNT(*) FROM " + failures + " WHERE reason LIKE '\"date\"%'"));
        }
        assertEquals(4L, summary.rows().get("failures"));
    }

    @Test
    void aTaskKilledMidPartitionIsRetriedWithoutDuplicates() throws SQLException {
        assertTrue(DocumentAnalyzer.FORCED_FAILURES.get() >= 1, "the test hook killed the first attempt");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            assertEquals(0, number(st, "SELECT COUNT(*) - COUNT(DISTINCT hash) FROM " + parquet("documents")));
            assertEquals(0, number(st, "SELECT COUNT(*) - COUNT(DISTINCT event_id) FROM " + parquet("events")));
            assertEquals(0, number(st, "SELECT COUNT(*) - COUNT(DISTINCT (event_id, doc_hash, sentence)) FROM "
                    + parquet("event_mentions")));
            assertEquals(0, number(st, "SELECT COUNT(*) - COUNT(DISTINCT (doc_hash, content_begin, content_end)) FROM "
                    + parquet("quotes")));
            assertEquals(0, number(st, "SELECT COUNT(*) - COUNT(DISTINCT (doc_hash, external_id, source)) FROM "
                    + parquet("document_aliases")));
        }
    }

    @Test
    void eventsAreMergedAcrossArticlesWithTheirMentionCounts() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            assertEquals(number(st, "SELECT COUNT(*) FROM " + parquet("event_mentions")),
                    number(st, "SELECT SUM(mention_count) FROM " + parquet("events")));
            assertEquals(0, number(st, "SELECT COUNT(*) FROM " + parquet("events") + " e WHERE mention_count <>"
                    + " (SELECT COUNT(*) FROM " + parquet("event_mentions") + " m WHERE m.event_id = e.event_id)"));
            assertTrue(number(st, "SELECT MAX(mention_count) FROM " + parquet("events")) >= 2,
                    "the meeting both wires report is one event with two mentions");
            assertEquals(List.of("2025-05", "2025-06"), strings(st, "SELECT DISTINCT month FROM "
                    + parquet("documents") + " ORDER BY month"), "documents are partitioned by month");
            assertEquals(List.of("undated"), strings(st, "SELECT month FROM " + parquet("failures")
                    + " WHERE reason LIKE 'not JSON%'"), "rows without a date are partitioned as undated");
        }
    }

    @Test
    void aReRunWritesTheSameRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String table : RowSchema.TABLES) {
                st.execute("CREATE TABLE before_" + table + " AS SELECT " + columns(table, Set.of()) + ", month FROM "
                        + parquet(table));
            }
            AnalyzeJob.run(spark, JobOptions.parse("--input", input.toString(), "--output", output.toString(),
                    "--partitions", "3"));
            for (String table : RowSchema.TABLES) {
                String now = "SELECT " + columns(table, Set.of()) + ", month FROM " + parquet(table);
                assertEquals(number(st, "SELECT COUNT(*) FROM before_" + table), number(st, "SELECT COUNT(*) FROM ("
                        + now + ")"), table);
                assertEquals(0, number(st, "SELECT COUNT(*) FROM (SELECT * FROM before_" + table + " EXCEPT ALL " + now
                        + ")"), table + ": a row of the first run is missing");
            }
        }
    }

    private static String parquet(String table) {
        return "read_parquet('" + output.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
    }

    /** The store's columns of a table but those that hold the run's time and those left out. */
    private static String columns(String table, Set<String> without) {
        List<String> out = new ArrayList<>();
        for (String c : StoreSchema.current().table(table).columnNames()) {
            if (!RUN_TIME.contains(c) && !without.contains(c)) {
                out.add(c);
            }
        }
        return String.join(", ", out);
    }

    private static long number(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement st, String sql) throws SQLException {
        List<String> all = strings(st, sql);
        assertEquals(1, all.size(), sql);
        return all.get(0);
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
