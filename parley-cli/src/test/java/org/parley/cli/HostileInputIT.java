package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.output.JsonOutput;
import org.parley.store.JdbcEventStore;

/**
 * Input meant to hurt, on the real pipeline: one clear line per bad document, the batch goes
 * on, and nothing in a file name or the input can split a message or stop the run.
 */
class HostileInputIT {

    @TempDir
    Path dir;

    private static final String SENTENCE = "Poland urged Russia to withdraw its troops from the border. ";

    @Test
    void closedStandardInputIsRefusedNotReadFromTheJvmsOwnFiles() throws Exception {
        for (List<String> args : List.of(List.of("analyze", "--input", "-"), List.of("analyze", "-"))) {
            List<String> cmd = new java.util.ArrayList<>(List.of("bash", "-c",
                    "exec 0<&- && exec \"$0\" -Xmx1g -cp \"$1\" org.parley.cli.Main \"${@:2}\"",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    System.getProperty("java.class.path")));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.getInputStream().transferTo(out);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String text = out.toString(StandardCharsets.UTF_8).strip();
            assertEquals(2, p.exitValue(), text);
            assertTrue(text.matches("parley: standard input is closed \\(descriptor 0 is \\S+, a file Java opened for "
                    + "itself\\): give a file, or pipe the input in"), text);
        }
    }

    @Test
    void aNewlineInAFileNameCannotSplitOrSpoofALine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("bad\nparley: all 3 documents stored.txt"), new byte[] {0, 1, 2, (byte) 0xff});
        Files.write(in.resolve("tab\tand\u202Eright-to-left.txt"), new byte[0]);
        String db = dir.resolve("names.duckdb").toString();
        CliRun run = CliRun.run(null, "ingest", in.toString(), "--db", db);
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("parley: all 3")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("bad\\nparley: all 3 documents stored.txt: not text: not valid "
                + "UTF-8 at byte 3, and control byte 0x00 at byte 0")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("tab\\tand\\u202eright-to-left.txt: empty text")), run.err());
    }

    @Test
    void aRunOnSentenceIsSplitAndTheBatchGoesOn() throws Exception {
        StringBuilder runOn = new StringBuilder("Officials said");
        for (int i = 0; runOn.length() < 18_000; i++) {
            runOn.append(i % 3 == 0 ? " and Poland urged Russia to withdraw" : " the troops near the border");
        }
        Path input = dir.resolve("runon.jsonl");
        Files.writeString(input, json("runon", runOn + ".", "2025-02-18") + "\n" + json("next", SENTENCE, "2025-02-18") + "\n");
        CliRun run = CliRun.run(null, "analyze", "--input", input.toString(), "--threads", "1");
        List<String> out = run.out().lines().toList();
        assertEquals(2, out.size(), run.err());
        JsonNode first = JsonOutput.mapper().readTree(out.get(0));
        assertEquals("runon", first.get("id").asText());
        assertTrue(first.get("failures").toString().contains("was split into"), out.get(0));
        assertFalse(first.get("events").isEmpty(), "the parts are still coded: " + out.get(0));
        JsonNode second = JsonOutput.mapper().readTree(out.get(1));
        assertEquals("next", second.get("id").asText());
        assertFalse(second.get("events").isEmpty(), out.get(1));
    }

    @Test
    void aDocumentOverTheTimeLimitFailsAndTheNextIsAnalyzed() throws Exception {
        Path input = dir.resolve("slow.jsonl");
        Files.writeString(input, json("slow", SENTENCE.repeat(900), "2025-02-18") + "\n"
                + json("quick", SENTENCE, "2025-02-18") + "\n");
        CliRun run = CliRun.run(null, "analyze", "--input", input.toString(), "--threads", "1", "--time-limit", "1");
        assertEquals(1, run.exitCode(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(2, out.size(), run.out());
        JsonNode slow = JsonOutput.mapper().readTree(out.get(0));
        assertTrue(slow.get("error").asText().matches("stopped after \\d+\\.\\d s: over the time limit of 1 s per document"),
                out.get(0));
        assertFalse(JsonOutput.mapper().readTree(out.get(1)).get("events").isEmpty(), "the same thread goes on: " + out.get(1));
    }

    @Test
    void badDatesAndBytesInJsonlAreOneLineEachAndTheGoodLineIsStored() throws Exception {
        Path input = dir.resolve("dates.jsonl");
        byte[] latin1 = (json("latin1", "Le pr\u00e9sident a parl\u00e9.", null) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((json("good", SENTENCE, "2025-02-18") + "\n" + json("feb30", SENTENCE + "Again.", "2025-02-30") + "\n"
                + json("garbage", SENTENCE + "Once more.", "2025-02-18garbage") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(latin1);
        Files.write(input, bytes.toByteArray());
        String db = dir.resolve("dates.duckdb").toString();
        CliRun run = CliRun.run(null, "ingest", input.toString(), "--db", db, "--date", "2025-01-01");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("dates.jsonl:2: \"date\": \"2025-02-30\" is not a date (Invalid date 'FEBRUARY 30');"
                + " correct it, or leave it out to use --date"), run.err());
        assertTrue(run.err().contains("dates.jsonl:3: \"date\": \"2025-02-18garbage\" is not a date (text after the date: "
                + "\"garbage\")"), run.err());
        assertTrue(run.err().contains("dates.jsonl:4: not valid UTF-8 at byte 28 of the line (JSON Lines are UTF-8; "
                + "--encoding reads another charset)"), run.err());
        try (JdbcEventStore store = JdbcEventStore.open(db)) {
            assertEquals(1, store.counts().documents(), "only the good line is stored");
        }
    }

    private static String json(String id, String text, String date) {
        var n = JsonOutput.mapper().createObjectNode().put("id", id).put("text", text);
        if (date != null) {
            n.put("date", date);
        }
        return n.toString();
    }
}
