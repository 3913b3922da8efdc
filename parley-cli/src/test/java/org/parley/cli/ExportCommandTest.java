package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.store.JdbcEventStore;
import org.parley.store.export.GdeltFormat;
import org.parley.testing.Fixtures;

/**
 * The exports of a real DuckDB store (the example article as two reports, from two sites),
 * loaded back with the published schemas: GDELT 2.0's event table with its column names and
 * types, PLOVER records with POLECAT's fields, CSV; and a write that fails exits 1.
 */
class ExportCommandTest {

    /** GDELT 2.0's event table: column names and types as GDELT publishes them (INTEGER as BIGINT, FLOAT as DOUBLE). */
    static final Map<String, String> GDELT_TYPES = new LinkedHashMap<>();

    static {
        String[] types = {"BIGINT", "BIGINT", "BIGINT", "BIGINT", "DOUBLE"};
        for (int i = 0; i < GdeltFormat.COLUMNS.length; i++) {
            String c = GdeltFormat.COLUMNS[i];
            String t = i < types.length ? types[i] : "VARCHAR";
            if (List.of("IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type",
                    "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED").contains(c)) {
                t = "BIGINT";
            } else if (List.of("GoldsteinScale", "AvgTone").contains(c) || c.endsWith("_Lat") || c.endsWith("_Long")) {
                t = "DOUBLE";
            }
            GDELT_TYPES.put(c, t);
        }
    }

    @TempDir
    static Path dir;

    static String db;
    static Analysis first;

    @BeforeAll
    static void store() {
        ParsedDocument p = Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", LocalDate.of(2025, 3, 11));
        Document d = p.document();
        first = Fixtures.pipeline().analyze(new ParsedDocument(new Document("wire-1", d.text(), d.published(),
                d.title(), "https://www.example.org/jeddah"), p.sentences()));
        Analysis second = Fixtures.pipeline().analyze(new ParsedDocument(new Document("wire-2", d.text() + "\n(2)",
                d.published(), d.title(), "https://news.example.net/jeddah"), p.sentences()));
        db = dir.resolve("x.duckdb").toString();
        try (JdbcEventStore s = JdbcEventStore.open(db)) {
            s.store(List.of(first, second));
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void gdeltLoadsWithGdeltsColumnTypesAndFillsWhatParleyKnows() throws Exception {
        Path out = dir.resolve("events.tsv");
        CliRun run = CliRun.run(null, "export", "--db", db, "--format", "gdelt", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        long events;
        try (JdbcEventStore s = JdbcEventStore.openExisting(db)) {
            events = s.counts().events();
        }
        assertTrue(run.err().contains("wrote " + events + " events"), run.err());
        StringBuilder columns = new StringBuilder();
        GDELT_TYPES.forEach((c, t) -> columns.append(columns.length() == 0 ? "" : ", ").append("'").append(c)
                .append("': '").append(t).append("'"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE g AS SELECT * FROM read_csv('" + out + "', delim = '\\t', header = false,"
                    + " quote = '', escape = '', columns = {" + columns + "})");
            String[] where = {"true", "GLOBALEVENTID > 0", "SQLDATE = 20250311", "MonthYear = 202503", "Year = 2025",
                "NumMentions >= NumArticles", "NumArticles = 2", "NumSources = 2", "DATEADDED BETWEEN 20250101000000 AND 29991231235959",
                "SOURCEURL = 'https://www.example.org/jeddah'", "EventRootCode = substr(EventCode, 1, 2)"};
            for (String w : where) {
                assertEquals(events, count(st, "SELECT COUNT(*) FROM g WHERE " + w), w);
            }
            assertEquals(events, count(st, "SELECT COUNT(DISTINCT GLOBALEVENTID) FROM g"), "ids are unique");
            assertEquals(0, count(st, "SELECT COUNT(*) FROM g WHERE Actor1Code IS NOT NULL AND Actor1Name IS NULL"),
                    "every actor has a name");
            assertTrue(count(st, "SELECT COUNT(*) FROM g WHERE Actor1Type1Code IS NOT NULL") > 0);
            assertTrue(count(st, "SELECT COUNT(*) FROM g WHERE Actor1Geo_CountryCode IS NOT NULL") > 0);
            assertEquals(0, count(st, "SELECT COUNT(*) FROM g WHERE length(Actor1Geo_CountryCode) <> 2"
                    + " OR length(Actor2Geo_CountryCode) <> 2 OR length(ActionGeo_CountryCode) <> 2"), "FIPS: two letters");
            assertEquals(0, count(st, "SELECT COUNT(*) FROM g WHERE Actor1Geo_CountryCode = 'US'"
                    + " AND Actor1CountryCode <> 'USA'"));
            assertTrue(count(st, "SELECT COUNT(*) FROM g WHERE Actor1CountryCode = 'USA' AND Actor1Geo_CountryCode = 'US'")
                    + count(st, "SELECT COUNT(*) FROM g WHERE Actor1CountryCode = 'RUS' AND Actor1Geo_CountryCode = 'RS'")
                    > 0, "ISO3 USA and RUS are FIPS US and RS");
            assertEquals(count(st, "SELECT COUNT(*) FROM g WHERE Actor1Code IS NOT NULL AND Actor1CountryCode IS NULL"
                    + " AND Actor1Code NOT LIKE 'IGO%' AND Actor1Code NOT LIKE 'NGO%' AND Actor1Code NOT LIKE '---%'"), 0);
        }
    }

    @Test
    void ploverLoadsWithPolecatsFieldsAndLeavesStatementsOut() throws Exception {
        Path out = dir.resolve("events.jsonl");
        CliRun run = CliRun.run(null, "export", "--db", db, "--format", "plover", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        long statements = first.events().stream().filter(e -> e.type().plover() == null).count();
        if (statements > 0) {
            assertTrue(run.err().contains("statements, CAMEO 01x, left out"), run.err());
        }
        String columns = "{'event_id': 'VARCHAR', 'event_date': 'DATE', 'event_type': 'VARCHAR', 'mode': 'VARCHAR',"
                + " 'context': 'VARCHAR[]', 'quad_code': 'VARCHAR', 'actor_name': 'VARCHAR', 'actor_country': 'VARCHAR',"
                + " 'primary_actor_sector': 'VARCHAR', 'actor_sectors': 'VARCHAR[]', 'recipient_name': 'VARCHAR',"
                + " 'recipient_country': 'VARCHAR', 'primary_recipient_sector': 'VARCHAR', 'recipient_sectors': 'VARCHAR[]',"
                + " 'placename': 'VARCHAR', 'country': 'VARCHAR', 'latitude': 'DOUBLE', 'longitude': 'DOUBLE',"
                + " 'source': 'VARCHAR', 'publication_date': 'DATE', 'cameo': 'VARCHAR', 'goldstein': 'DOUBLE',"
                + " 'num_mentions': 'BIGINT', 'num_articles': 'BIGINT', 'num_sources': 'BIGINT'}";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE p AS SELECT * FROM read_json('" + out + "', format = 'newline_delimited',"
                    + " columns = " + columns + ")");
            long n = count(st, "SELECT COUNT(*) FROM p");
            assertTrue(n > 0);
            assertEquals(0, count(st, "SELECT COUNT(*) FROM p WHERE event_type IS NULL OR cameo LIKE '01%'"),
                    "no statements: PLOVER has no type for them");
            assertEquals(n, count(st, "SELECT COUNT(*) FROM p WHERE event_date = DATE '2025-03-11'"
                    + " AND publication_date = DATE '2025-03-11' AND num_articles = 2 AND source = 'example.org'"));
            assertEquals(n, count(st, "SELECT COUNT(*) FROM p WHERE quad_code IN ('VERBAL COOPERATION',"
                    + " 'MATERIAL COOPERATION', 'VERBAL CONFLICT', 'MATERIAL CONFLICT')"));
            assertEquals(0, count(st, "SELECT COUNT(*) FROM p WHERE actor_country IS NOT NULL AND actor_name IS NULL"));
            assertTrue(count(st, "SELECT COUNT(*) FROM p WHERE primary_actor_sector IS NOT NULL"
                    + " AND list_contains(actor_sectors, primary_actor_sector)") > 0);
        }
    }

    @Test
    void csvIsRfc4180WithCrlf() throws Exception {
        Path out = dir.resolve("events.csv");
        CliRun run = CliRun.run(null, "export", "--db", db, "--format", "csv", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(out);
        assertTrue(text.startsWith(String.join(",", ExportCommand.CSV_COLUMNS) + "\r\n"), text);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             JdbcEventStore s = JdbcEventStore.openExisting(db)) {
            assertEquals(s.counts().events(), count(st, "SELECT COUNT(*) FROM read_csv('" + out + "', header = true,"
                    + " quote = '\"', escape = '\"', all_varchar = true) WHERE num_articles = '2'"));
        }
    }

    @Test
    void aFullDiskEndsTheExportWithOneLineAndExitCodeOne() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        for (String format : List.of("gdelt", "plover", "csv")) {
            CliRun run = CliRun.run(null, "export", "--db", db, "--format", format, "--output", "/dev/full");
            assertEquals(1, run.exitCode(), format + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("parley: cannot write /dev/full: "), run.err());
            assertFalse(run.err().contains("wrote"), run.err());
        }
    }

    @Test
    void aMistypedStoreIsNotCreated() {
        Path missing = dir.resolve("no-such.duckdb");
        CliRun run = CliRun.run(null, "export", "--db", missing.toString(), "--format", "csv", "--output",
                dir.resolve("never.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no store at " + missing.toAbsolutePath()), run.err());
        assertTrue(run.err().contains("run parley ingest first"), run.err());
        assertFalse(Files.exists(missing), "no empty store was created");
    }
}
