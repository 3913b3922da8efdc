package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.store.JdbcEventStore;

/**
 * An ingest killed with SIGKILL mid-run loses nothing and duplicates nothing: the re-run
 * stores exactly the documents the first run had not committed.
 */
class IngestKillIT {

    @TempDir
    Path dir;

    @Test
    void killedIngestResumesWithEveryDocumentStoredOnce() throws Exception {
        int n = 60;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"id\": \"doc-" + i + "\", \"date\": \"2025-02-18\", \"text\": \"Report " + i
                    + ": the Polish foreign minister met his Lithuanian counterpart in Vilnius and urged Russia to withdraw"
                    + " its troops. Lithuania welcomed the talks, officials said on Tuesday.\"}");
        }
        Path input = dir.resolve("batch.jsonl");
        Files.write(input, lines);
        String db = dir.resolve("kill.duckdb").toString();

        Process first = ingest(input, db, dir.resolve("first.log"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long stored = 0;
        while (System.nanoTime() < deadline && first.isAlive()) {
            stored = storedDocuments(dir.resolve("first.log"));
            if (stored >= 6) {
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(first.isAlive(), "the first ingest should still be running when killed");
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed with SIGKILL");

        long afterKill;
        try (JdbcEventStore store = JdbcEventStore.open(db)) {
            afterKill = store.counts().documents();
        }
        assertTrue(afterKill < n, "the kill came before the end: " + afterKill + " stored");

        Process second = ingest(input, db, dir.resolve("second.log"));
        assertTrue(second.waitFor(5, TimeUnit.MINUTES), "the re-run finishes");
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));
        try (JdbcEventStore store = JdbcEventStore.open(db)) {
            assertEquals(n, store.counts().documents(), "every document stored exactly once");
            assertEquals(n, store.storedHashes().size());
        }
        String log = Files.readString(dir.resolve("second.log"));
        assertTrue(log.contains((n - afterKill) + " stored, " + afterKill + " already stored"), log);
    }

    /** The ingest command in a JVM of its own, committing every two documents, progress logged. */
    private static Process ingest(Path input, String db, Path log) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "org.parley.cli.Main", "ingest", input.toString(),
                "--db", db, "--batch", "2", "--threads", "1", "--progress-every", "1");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The latest "N stored" count in the ingest's progress log. */
    private static long storedDocuments(Path log) throws Exception {
        if (!Files.exists(log)) {
            return 0;
        }
        long latest = 0;
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf(" stored, ");
            if (line.startsWith("parley: ") && at > 0) {
                latest = Long.parseLong(line.substring("parley: ".length(), at).trim());
            }
        }
        return latest;
    }
}
