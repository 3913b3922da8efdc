package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void knownTotalGivesExactShareAndEta() {
        IngestProgress p = new IngestProgress(err, false, 0, 40, 4000, () -> 0);
        p.update(12, 8, 1, 1);
        assertTrue(text().matches("(?s)parley: 8 stored, 1 already stored, 1 failed, [0-9.]+ docs/s, \\d+ s, 10/40 \\(25%\\),"
                + " ETA .+\n"), text());
    }

    @Test
    void unknownTotalIsEstimatedFromBytesRead() {
        AtomicLong bytes = new AtomicLong(1000);
        IngestProgress p = new IngestProgress(err, false, 0, -1, 4000, bytes::get);
        assertEquals(40, p.estimatedTotal(10), "10 documents in a quarter of the bytes: about 40");
        bytes.set(4000);
        assertEquals(12, p.estimatedTotal(12), "all bytes read: the total is what was read");
        p.update(12, 6, 0, 0);
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
        p.update(2, 1, 0, 0);
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
