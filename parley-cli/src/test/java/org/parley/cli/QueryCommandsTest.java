package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.output.JsonOutput;
import org.parley.store.JdbcEventStore;
import org.parley.testing.Fixtures;

/**
 * The query commands' output formats on a real DuckDB store holding the example article twice,
 * a month apart (its stored parse, so no models are loaded).
 */
class QueryCommandsTest {

    @TempDir
    static Path dir;

    static String db;

    static Analysis march;

    @BeforeAll
    static void store() {
        ParsedDocument p = Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", LocalDate.of(2025, 3, 11));
        Document d = p.document();
        march = Fixtures.pipeline().analyze(p);
        Analysis april = Fixtures.pipeline().analyze(new ParsedDocument(new Document("april", d.text() + "\n(April)",
                LocalDate.of(2025, 4, 11), d.title(), d.url()), p.sentences()));
        db = dir.resolve("q.duckdb").toString();
        try (JdbcEventStore s = JdbcEventStore.open(db)) {
            s.store(List.of(march, april));
        }
    }

    @Test
    void stancesAsCsvOneRecordPerStanceWithAHeader() throws Exception {
        CliRun run = CliRun.run(null, "stances", "--db", db, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("date,holder,holder_country,holder_name,issue,polarity,strength,text", lines.get(0));
        assertEquals(2 * march.stances().size() + 1, lines.size(), run.out());
        assertTrue(lines.get(1).startsWith("2025-03-11,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("2025-04-11,"), "in date order");
    }

    @Test
    void stancesByMonthShowOneColumnPerMonth() {
        CliRun run = CliRun.run(null, "stances", "--db", db, "--by-month", "--actor", "RUS");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).contains("2025-03") && lines.get(0).contains("2025-04"), lines.get(0));
        assertTrue(lines.size() >= 2, run.out());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("RUS"), "only Russia's positions: " + line);
        }
    }

    @Test
    void stancesFilteredByDate() throws Exception {
        CliRun run = CliRun.run(null, "stances", "--db", db, "--from", "2025-04-01", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode rows = JsonOutput.mapper().readTree(run.out());
        assertEquals(march.stances().size(), rows.size());
        for (JsonNode r : rows) {
            assertEquals("2025-04-11", r.get("date").asText());
        }
    }

    @Test
    void quotesAsCsvReadBackByACsvReader() throws Exception {
        CliRun run = CliRun.run(null, "quotes", "--db", db, "--format", "csv", "--limit", "500");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("speaker,speaker_name,speaker_text,cue,direct,content,document\r\n"), run.out());
        Path csv = dir.resolve("quotes.csv");
        java.nio.file.Files.writeString(csv, run.out());
        java.util.Set<String> stored = new java.util.HashSet<>();
        march.quotes().forEach(q -> stored.add(q.contentText()));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT content FROM read_csv('" + csv
                     + "', header = true, quote = '\"', escape = '\"', all_varchar = true)")) {
            int n = 0;
            while (rs.next()) {
                n++;
                assertTrue(stored.contains(rs.getString(1)), "a quote's words come back whole: " + rs.getString(1));
            }
            assertEquals(2 * march.quotes().size(), n);
        }
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        CliRun run = CliRun.run(null, "quotes", "--db", db, "--limit", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--limit"), run.err());
    }
}
