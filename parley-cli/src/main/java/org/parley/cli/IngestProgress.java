package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of an ingest on standard error: on a terminal one line rewritten in place a few
 * times a second, otherwise a plain log line every so many seconds. Each shows the counts,
 * the rate and, once something is done, how far along the run is and the time left. The
 * total is exact when the reader could count it (text and HTML files, lines of plain JSONL);
 * otherwise (feeds, .gz) it is estimated from the documents read so far and the share of
 * input bytes they took.
 */
final class IngestProgress {

    private static final long TERMINAL_EVERY = 250_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long every;
    private final long knownTotal;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private int lastWidth;

    /**
     * @param knownTotal the number of documents when known, else -1
     * @param bytesRead how many of the {@code totalBytes} input bytes the reader has consumed
     */
    IngestProgress(PrintStream err, boolean terminal, double everySeconds, long knownTotal, long totalBytes,
                   LongSupplier bytesRead) {
        this.err = err;
        this.terminal = terminal;
        this.every = (long) (everySeconds * 1e9);
        this.knownTotal = knownTotal;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    /** After each document: {@code read} documents handed out by the reader so far, the rest done. */
    void update(int read, int stored, int skipped, int failed) {
        long now = System.nanoTime();
        if (terminal && now - lastLine >= TERMINAL_EVERY) {
            String line = line(read, stored, skipped, failed, now, true);
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            err.flush();
            lastWidth = line.length();
            lastLine = now;
        } else if (!terminal && now - lastLine >= every) {
            err.println("parley: " + line(read, stored, skipped, failed, now, true));
            lastLine = now;
        }
    }

    /** A line of its own (a failure, say), clearing the progress line first on a terminal. */
    void log(String line) {
        if (terminal && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        err.println(line);
    }

    /** The final line. */
    void done(int stored, int skipped, int failed) {
        String line = line(0, stored, skipped, failed, System.nanoTime(), false);
        err.println(terminal ? "\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())) : "parley: " + line);
    }

    /** Estimated number of documents in the whole input, or -1 before anything is known. */
    long estimatedTotal(int read) {
        if (knownTotal >= 0) {
            return knownTotal;
        }
        long bytes = bytesRead.getAsLong();
        if (bytes <= 0 || read == 0) {
            return -1;
        }
        return Math.max(read, Math.round(read * (double) totalBytes / bytes));
    }

    private String line(int read, int stored, int skipped, int failed, long now, boolean running) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d stored, %d already stored, %d failed, %.1f docs/s, %s", stored, skipped, failed, stored / seconds,
                duration(seconds)));
        int done = stored + skipped + failed;
        long total = running ? estimatedTotal(read) : -1;
        if (total > 0 && done > 0) {
            double share = Math.min(1.0, done / (double) total);
            double left = seconds * (total - Math.min(done, total)) / done;
            s.append(String.format(Locale.ROOT, ", %d/%s%d (%.0f%%), ETA %s", done, knownTotal >= 0 ? "" : "~", total,
                    100 * share, duration(left)));
        }
        return s.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
