package org.parley.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A time limit for work done on the calling thread: when it runs out, the thread is
 * interrupted, which CoreNLP's tagger and parser check between sentences (they then throw).
 * The interrupt is ours only while the watch is open; closing it cancels the timer and clears
 * an interrupt it sent, so a pool thread goes on to its next document clean. One daemon timer
 * thread serves every watch of the process.
 */
public final class TimeLimit {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-time-limit");
        t.setDaemon(true);
        return t;
    });

    private final Duration limit;

    /** @param limit how long the work may take; must be positive */
    public TimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Starts timing the current thread. */
    public Watch start() {
        return new Watch(Thread.currentThread(), limit);
    }

    /** One timed piece of work; close it when the work ends, however it ends. */
    public static final class Watch implements AutoCloseable {
        private final Thread thread;
        private final ScheduledFuture<?> timer;
        private final long start = System.nanoTime();
        private boolean closed;
        private volatile boolean fired;

        private Watch(Thread thread, Duration limit) {
            this.thread = thread;
            this.timer = TIMER.schedule(this::fire, limit.toNanos(), TimeUnit.NANOSECONDS);
        }

        private synchronized void fire() {
            if (!closed) {
                fired = true;
                thread.interrupt();
            }
        }

        /** Whether the limit ran out. */
        public boolean expired() {
            return fired;
        }

        /** Seconds since the watch started. */
        public double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        @Override
        public synchronized void close() {
            closed = true;
            timer.cancel(false);
            if (fired && Thread.currentThread() == thread) {
                Thread.interrupted();
            }
        }
    }
}
