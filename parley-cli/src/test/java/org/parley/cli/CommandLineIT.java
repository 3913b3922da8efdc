package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.output.JsonOutput;

/** The command line's contract: one line per input line, errors contained, meaningful exit codes. */
class CommandLineIT {

    @TempDir
    Path dir;

    @Test
    void batchWritesOneLinePerInputLineInOrderAndContainsBadDocuments() throws Exception {
        String good = "{\"id\": \"a\", \"text\": \"The Kremlin rejected the proposal on Monday.\", \"date\": \"2025-02-18\"}";
        List<String> lines = List.of(
                good,
                "{\"id\": \"empty\", \"text\": \"   \"}",
                "this is not json",
                "{\"id\": \"binary\", \"text\": \"abc\\u0000def\"}",
                "{\"id\": \"notext\"}",
                "{\"id\": \"b\", \"text\": \"Polish troops shelled the border post.\", \"date\": \"20250101\"}",
                "{\"id\": \"c\", \"text\": \"Nothing political happens here.\"}");
        Path input = dir.resolve("in.jsonl.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(input, bytes.toByteArray());
        CliRun run = CliRun.run(null, "analyze", "--input", input.toString(), "--threads", "2");
        assertEquals(1, run.exitCode(), "some documents failed: " + run.err());
        String[] out = run.out().strip().split("\n");
        assertEquals(lines.size(), out.length, run.out());
        List<String> ids = List.of("a", "empty", "line-3", "binary", "notext", "b", "c");
        for (int i = 0; i < out.length; i++) {
            JsonNode n = JsonOutput.mapper().readTree(out[i]);
            assertEquals(ids.get(i), n.get("id").asText(), "line " + (i + 1));
            boolean shouldFail = List.of(1, 2, 3, 4).contains(i);
            assertEquals(shouldFail, n.has("error"), "line " + (i + 1) + ": " + out[i]);
        }
        JsonNode a = JsonOutput.mapper().readTree(out[0]);
        assertTrue(a.get("events").size() >= 1, out[0]);
        assertEquals("2025-02-18", a.get("date").asText());
        assertEquals("2025-01-01", JsonOutput.mapper().readTree(out[5]).get("date").asText());
        assertTrue(run.err().contains("in.jsonl.gz:3: not JSON (Unrecognized token"), run.err());
        assertTrue(run.err().contains("binary content"), run.err());
        for (String errLine : run.err().strip().split("\n")) {
            assertTrue(errLine.startsWith("parley: "), "one line per problem: " + errLine);
        }
    }

    @Test
    void allGoodBatchExitsZero() throws Exception {
        Path input = dir.resolve("ok.jsonl");
        Files.writeString(input, "{\"id\": \"x\", \"text\": \"France urged Iran to release the prisoners.\"}\n");
        CliRun run = CliRun.run(null, "analyze", "--input", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().strip().split("\n").length);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.run(null, "analyze").exitCode());
        assertEquals(2, CliRun.run(null, "analyze", "a.txt", "--date", "yesterday").exitCode());
        assertEquals(2, CliRun.run(null, "frobnicate").exitCode());
        assertEquals(2, CliRun.run(null, "analyze", dir.resolve("missing.txt").toString()).exitCode());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("analyze", "resolve", "explain", "parse", "actors", "bench", "ingest", "events",
                "quotes", "stances", "export")) {
            CliRun run = CliRun.run(null, cmd, "--help");
            assertEquals(0, run.exitCode(), cmd);
            assertTrue(run.out().contains("Usage:"), cmd + ": " + run.out());
        }
    }

    @Test
    void latin1IsReadWithANoteAndBinaryIsOneClearError() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Le pr\u00e9sident a rejet\u00e9 l'offre.".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.run(null, "analyze", latin1.toString(), "--format", "jsonl");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("parley: " + latin1 + ": note: not valid UTF-8 at byte 5 and no charset declared: read as "
                + "windows-1252 (--encoding gives another)", run.err().strip());
        CliRun given = CliRun.run(null, "analyze", latin1.toString(), "--encoding", "UTF-8");
        assertEquals(1, given.exitCode());
        assertEquals("parley: " + latin1 + ": not valid UTF-8 at byte 5 (the charset --encoding gives)", given.err().strip());
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        CliRun refused = CliRun.run(null, "analyze", binary.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("parley: " + binary + ": not text: not valid UTF-8 at byte 0, and control byte 0x1A at byte 6",
                refused.err().strip());
    }

    @Test
    void standardInputAndJsonl() throws Exception {
        CliRun run = CliRun.run("Turkish Foreign Minister Hakan Fidan met his Greek counterpart in Ankara on Tuesday.",
                "analyze", "-", "--date", "2025-03-13", "--format", "jsonl");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JsonOutput.mapper().readTree(run.out());
        assertFalse(doc.get("events").isEmpty(), run.out());
        JsonNode e = doc.get("events").get(0);
        assertEquals("2025-03-11", e.get("date").asText(), "Tuesday before the publication date");
        assertEquals("Ankara", e.get("location").get("name").asText());
    }

    @Test
    void dictionariesMergeOverTheKnowledgeBase() {
        String dictionary = Repo.root().resolve("parley-core/src/test/resources/petrarch/ruritania.actors.txt").toString();
        CliRun before = CliRun.run(null, "actors", "lookup", "Rudolf Elphberg", "--date", "2000-06-01");
        assertEquals(1, before.exitCode(), "unknown without the dictionary: " + before.out());
        CliRun reigning = CliRun.run(null, "actors", "lookup", "Rudolf Elphberg", "--date", "2000-06-01",
                "--dictionary", dictionary);
        assertEquals(0, reigning.exitCode(), reigning.err());
        assertTrue(reigning.out().contains("RURGOV"), reigning.out());
        CliRun abdicated = CliRun.run(null, "actors", "lookup", "King Rudolf", "--date", "2010-06-01",
                "--dictionary", dictionary);
        assertTrue(abdicated.out().contains("RURELI"), abdicated.out());
        assertTrue(abdicated.err().contains("people"), "what the dictionary added is reported: " + abdicated.err());
        CliRun missing = CliRun.run(null, "actors", "lookup", "x", "--dictionary", "/nonexistent/dict.txt");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("/nonexistent/dict.txt"), missing.err());
    }

    @Test
    void ingestIsIdempotentAndQueryable() throws Exception {
        Path input = dir.resolve("batch.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"a\", \"text\": \"The Kremlin rejected the proposal on Monday.\", \"date\": \"2025-02-17\"}",
                "{\"id\": \"b\", \"text\": \"France urged Iran to release the prisoners.\", \"date\": \"2025-02-18\"}",
                "{\"id\": \"empty\", \"text\": \"\"}",
                "{\"id\": \"a-again\", \"text\": \"The Kremlin rejected the proposal on Monday.\", \"date\": \"2025-02-17\"}")
                + "\n");
        String db = dir.resolve("parley.duckdb").toString();
        CliRun first = CliRun.run(null, "ingest", input.toString(), "--db", db);
        assertEquals(1, first.exitCode(), "one document failed: " + first.err());
        assertTrue(first.err().contains("batch.jsonl:3: empty text"), first.err());
        assertTrue(first.err().contains("2 documents"), first.err());
        CliRun second = CliRun.run(null, "ingest", input.toString(), "--db", db);
        assertTrue(second.err().contains("0 stored"), second.err());
        assertTrue(second.err().contains("2 documents"), "a re-run adds nothing: " + second.err());
        CliRun events = CliRun.run(null, "events", "--db", db, "--source", "RUS", "--format", "json");
        assertEquals(0, events.exitCode(), events.err());
        JsonNode rows = JsonOutput.mapper().readTree(events.out());
        assertTrue(rows.size() >= 1, events.out());
        assertTrue(rows.get(0).get("cameo").asText().startsWith("12"), events.out());
        assertEquals("2025-02-17", rows.get(0).get("date").asText());
        CliRun csv = CliRun.run(null, "events", "--db", db, "--format", "csv");
        assertTrue(csv.out().startsWith("date,source,target,cameo"), csv.out());
        CliRun stances = CliRun.run(null, "stances", "--db", db, "--format", "json");
        assertEquals(0, stances.exitCode(), stances.err());
        CliRun quotes = CliRun.run(null, "quotes", "--db", db);
        assertEquals(0, quotes.exitCode(), quotes.err());
        assertTrue(quotes.out().contains("quote(s)"), quotes.out());

        long stored;
        try (org.parley.store.JdbcEventStore store = org.parley.store.JdbcEventStore.open(db)) {
            stored = store.counts().events();
        }
        Path gdelt = dir.resolve("events.tsv");
        assertEquals(0, CliRun.run(null, "export", "--db", db, "--format", "gdelt", "--output", gdelt.toString()).exitCode());
        List<String> tsv = Files.readAllLines(gdelt);
        assertEquals(stored, tsv.size());
        for (String row : tsv) {
            String[] cols = row.split("\t", -1);
            assertEquals(61, cols.length, "GDELT 2.0 event table has 61 columns: " + row);
            assertTrue(cols[1].matches("\\d{8}"), "SQLDATE: " + cols[1]);
            assertTrue(cols[26].startsWith(cols[28]), "EventCode starts with EventRootCode");
        }
        Path plover = dir.resolve("events.jsonl");
        assertEquals(0, CliRun.run(null, "export", "--db", db, "--format", "plover", "--output", plover.toString()).exitCode());
        for (String line : Files.readAllLines(plover)) {
            assertTrue(JsonOutput.mapper().readTree(line).has("event_type"), line);
        }
        Path parquet = dir.resolve("events.parquet");
        assertEquals(0, CliRun.run(null, "export", "--db", db, "--format", "parquet", "--output", parquet.toString()).exitCode());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), SUM(num_mentions) FROM read_parquet('"
                     + parquet + "')")) {
            rs.next();
            assertEquals(stored, rs.getLong(1), "the Parquet file reads back with every event");
            assertTrue(rs.getLong(2) >= stored);
        }
    }

    @Test
    void resolveWritesOneLinePerPhrase() throws Exception {
        Path input = dir.resolve("phrases.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"1\", \"text\": \"Marco Rubio\", \"date\": \"2022-06-01\"}",
                "{\"id\": \"2\", \"text\": \"Marco Rubio\", \"date\": \"2025-06-01\"}",
                "{\"id\": \"3\", \"text\": \"a blue teapot\"}",
                "{\"id\": \"4\", \"text\": \"Polish troops\"}") + "\n");
        CliRun run = CliRun.run(null, "resolve", "--input", input.toString(), "--default-date", "2022-06-01");
        assertEquals(0, run.exitCode(), run.err());
        String[] out = run.out().strip().split("\n");
        assertEquals(4, out.length);
        assertEquals("USALEG", JsonOutput.mapper().readTree(out[0]).get("actor").get("code").asText());
        assertEquals("USAGOV", JsonOutput.mapper().readTree(out[1]).get("actor").get("code").asText());
        assertTrue(JsonOutput.mapper().readTree(out[2]).get("actor").isNull());
        assertEquals("POLMIL", JsonOutput.mapper().readTree(out[3]).get("actor").get("code").asText());
    }
}
