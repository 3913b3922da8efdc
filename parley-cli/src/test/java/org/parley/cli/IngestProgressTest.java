package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress lines: counts, rate, and an exact or byte-estimated total with an ETA. */
class IngestProgressTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A clock the test moves: nanoseconds. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advance(double seconds) {
        now.addAndGet((long) (seconds * 1e9));
    }

    @Test
    void knownTotalGivesExactShareAndEta() {
        IngestProgress p = new IngestProgress(err, false, 0, 40, 4000, () -> 0, now::get);
        p.analysisStarted();
        advance(10);
        p.update(12, 8, 1, 1, 9);
        assertTrue(text().matches("(?s)parley: 8 stored, 1 already stored, 1 failed, [0-9.]+ docs/s, 10 s, 10/40 \\(25%\\),"
                + " ETA 33 s\n"), text());
    }

    @Test
    void theEtaCountsOnlyWorkToDoAndWaitsForAMeaningfulRate() {
        IngestProgress p = new IngestProgress(err, false, 0, 1000, 4000, () -> 0, now::get);
        advance(30);
        p.update(900, 0, 900, 0, 0);
        assertTrue(text().contains("900/1000 (90%), ETA after the first documents"), "skipping is not a rate: " + text());
        advance(12);
        p.analysisStarted();
        advance(1);
        p.update(902, 2, 900, 0, 2);
        assertTrue(text().endsWith("ETA after the first documents\n"), "two documents in one second are no rate yet: " + text());
        advance(9);
        p.update(910, 10, 900, 0, 10);
        assertTrue(text().endsWith("910/1000 (91%), ETA 1m30s\n"),
                "90 documents left at 1 per second of analysis, whatever the skipped ones took: " + text());
    }

    @Test
    void aLongDocumentIsNamedWithItsTimeSoFar() {
        IngestProgress p = new IngestProgress(err, false, 5, 3, 300, () -> 0, now::get);
        p.analysisStarted();
        p.started("big.txt", 900000);
        p.started("small.txt", 100);
        advance(6);
        p.tick();
        assertFalse(text().contains("analyzing big.txt"), text());
        advance(30);
        p.tick();
        assertTrue(text().contains(", analyzing big.txt (900000 characters) for 36 s"), text());
        p.finished("big.txt");
        advance(10);
        p.tick();
        assertTrue(text().strip().endsWith("analyzing small.txt (100 characters) for 46 s"), text());
    }

    @Test
    void unknownTotalIsEstimatedFromBytesRead() {
        AtomicLong bytes = new AtomicLong(1000);
        IngestProgress p = new IngestProgress(err, false, 0, -1, 4000, bytes::get);
        assertEquals(40, p.estimatedTotal(10), "10 documents in a quarter of the bytes: about 40");
        bytes.set(4000);
        assertEquals(12, p.estimatedTotal(12), "all bytes read: the total is what was read");
        p.update(12, 6, 0, 0, 6);
        assertTrue(text().contains(", 6/~12 (50%), ETA "), text());
        assertEquals(-1, new IngestProgress(err, false, 0, -1, 4000, () -> 0).estimatedTotal(0));
    }

    @Test
    void terminalRewritesOneLineAndClearsItForMessages() {
        IngestProgress p = new IngestProgress(err, true, 10, 3, 30, () -> 0);
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.update(2, 1, 0, 0, 1);
        assertTrue(text().startsWith("\r1 stored, 0 already stored, 0 failed"), text());
        assertTrue(!text().contains("\n"), "no newline while running: " + text());
        p.log("parley: x.rss item 2: no text");
        assertTrue(text().contains("\r" + " ".repeat(10)), "the progress line is blanked before a message: " + text());
        p.done(3, 0, 0);
        String last = text().substring(text().lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("3 stored, 0 already stored, 0 failed, ") && last.endsWith("\n"), last);
        assertTrue(!last.contains("ETA"), "the final line has no estimate: " + last);
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertEquals("42 s", IngestProgress.duration(42.2));
        assertEquals("2m05s", IngestProgress.duration(125));
        assertEquals("1h01m", IngestProgress.duration(3660));
    }
}
