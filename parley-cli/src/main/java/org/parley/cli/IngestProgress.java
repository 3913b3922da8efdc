package org.parley.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Progress of an ingest on standard error: on a terminal one line rewritten in place a few
 * times a second, otherwise a plain log line every so many seconds. Each shows the counts,
 * the rate and, once the rate means something, how far along the run is and the time left.
 * The total is exact when the reader could count it (text and HTML files, lines of plain
 * JSONL); otherwise (feeds, .gz) it is estimated from the documents read so far and the share
 * of input bytes they took.
 *
 * <p>The time left counts only analysis: documents already stored take no time, so a resumed
 * run is not promised the speed of its skipping; the rate is measured from when the models
 * were loaded, and no estimate is shown before {@link #MIN_ANALYZED} documents and
 * {@link #MIN_SECONDS} seconds of analysis. A document analyzed for longer than
 * {@link #SLOW_SECONDS} is named on the line with its time so far, so a long one shows life.
 * Thread-safe: a timer thread calls {@link #tick} between documents.
 */
final class IngestProgress {

    static final int MIN_ANALYZED = 4;
    static final double MIN_SECONDS = 5;
    static final double SLOW_SECONDS = 20;
    private static final long TERMINAL_EVERY = 250_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long every;
    private final long knownTotal;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final LongSupplier clock;
    private final long start;
    private final Map<String, long[]> inFlight = new LinkedHashMap<>();
    private long analysisStart = -1;
    private long lastLine;
    private int lastWidth;
    private int read;
    private int stored;
    private int skipped;
    private int failed;
    private int analyzed;

    /**
     * @param knownTotal the number of documents when known, else -1
     * @param bytesRead how many of the {@code totalBytes} input bytes the reader has consumed
     * @param clock nanoseconds, as {@link System#nanoTime}
     */
    IngestProgress(PrintStream err, boolean terminal, double everySeconds, long knownTotal, long totalBytes,
                   LongSupplier bytesRead, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.every = (long) (everySeconds * 1e9);
        this.knownTotal = knownTotal;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastLine = start;
    }

    IngestProgress(PrintStream err, boolean terminal, double everySeconds, long knownTotal, long totalBytes,
                   LongSupplier bytesRead) {
        this(err, terminal, everySeconds, knownTotal, totalBytes, bytesRead, System::nanoTime);
    }

    /** The models are loaded: analysis time counts from now. */
    synchronized void analysisStarted() {
        if (analysisStart < 0) {
            analysisStart = clock.getAsLong();
        }
    }

    /** A document of {@code chars} characters went to a worker. */
    synchronized void started(String source, int chars) {
        inFlight.put(source, new long[] {clock.getAsLong(), chars});
    }

    /** A document came back from a worker, analyzed or failed. */
    synchronized void finished(String source) {
        inFlight.remove(source);
    }

    /**
     * After each document: {@code read} documents handed out by the reader so far, the rest done;
     * {@code analyzed} of them went through the pipeline.
     */
    synchronized void update(int read, int stored, int skipped, int failed, int analyzed) {
        this.read = read;
        this.stored = stored;
        this.skipped = skipped;
        this.failed = failed;
        this.analyzed = analyzed;
        tick();
    }

    /** Writes the line if it is due. */
    synchronized void tick() {
        long now = clock.getAsLong();
        if (terminal && now - lastLine >= TERMINAL_EVERY) {
            String line = line(now, true);
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            err.flush();
            lastWidth = line.length();
            lastLine = now;
        } else if (!terminal && now - lastLine >= every) {
            err.println("parley: " + line(now, true));
            lastLine = now;
        }
    }

    /** A line of its own (a failure, say), clearing the progress line first on a terminal. */
    synchronized void log(String line) {
        if (terminal && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        err.println(line);
    }

    /** The final line. */
    synchronized void done(int stored, int skipped, int failed) {
        this.stored = stored;
        this.skipped = skipped;
        this.failed = failed;
        String line = line(clock.getAsLong(), false);
        err.println(terminal ? "\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())) : "parley: " + line);
    }

    /** Estimated number of documents in the whole input, or -1 before anything is known. */
    synchronized long estimatedTotal(int read) {
        if (knownTotal >= 0) {
            return knownTotal;
        }
        long bytes = bytesRead.getAsLong();
        if (bytes <= 0 || read == 0) {
            return -1;
        }
        return Math.max(read, Math.round(read * (double) totalBytes / bytes));
    }

    /** Seconds left, or -1 while there is too little analysis to tell. */
    synchronized double secondsLeft(long now, long total, int done) {
        if (analysisStart < 0 || analyzed < MIN_ANALYZED) {
            return -1;
        }
        double analyzing = (now - analysisStart) / 1e9;
        if (analyzing < MIN_SECONDS) {
            return -1;
        }
        return Math.max(0, total - done) * analyzing / analyzed;
    }

    private String line(long now, boolean running) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d stored, %d already stored, %d failed, %.1f docs/s, %s", stored, skipped, failed, stored / seconds,
                duration(seconds)));
        if (!running) {
            return s.toString();
        }
        int done = stored + skipped + failed;
        long total = estimatedTotal(read);
        if (total > 0 && done > 0) {
            double share = Math.min(1.0, done / (double) total);
            s.append(String.format(Locale.ROOT, ", %d/%s%d (%.0f%%)", done, knownTotal >= 0 ? "" : "~", total,
                    100 * share));
            double left = secondsLeft(now, total, done);
            s.append(left < 0 ? ", ETA after the first documents" : ", ETA " + duration(left));
        }
        for (Map.Entry<String, long[]> e : inFlight.entrySet()) {
            double busy = (now - e.getValue()[0]) / 1e9;
            if (busy >= SLOW_SECONDS) {
                s.append(String.format(Locale.ROOT, ", analyzing %s (%d characters) for %s", OneLine.of(e.getKey()),
                        e.getValue()[1], duration(busy)));
                break;
            }
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
