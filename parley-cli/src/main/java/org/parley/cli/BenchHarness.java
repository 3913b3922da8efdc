package org.parley.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What Parley's benchmarks share: warm-up before measuring, timing repeated operations (their
 * latency distribution) or a loop for a fixed time (its rate, on the wall clock and on this
 * thread's CPU clock, which on a shared machine does not count other jobs' turns); the numbers
 * go to a {@link BenchReport}. The coder micro-benchmark runs under JMH ({@link CoderBenchmark}).
 */
final class BenchHarness {

    private BenchHarness() {
    }

    /** Latencies of timed runs, in milliseconds, sorted. */
    record Latencies(List<Double> millis) {

        double percentile(double p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100 * millis.size()) - 1;
            return millis.get(Math.max(0, Math.min(millis.size() - 1, i)));
        }

        double median() {
            return percentile(50);
        }

        double worst() {
            return millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1);
        }
    }

    /** A loop's count of operations over wall and CPU seconds. */
    record Rate(long operations, double seconds, double cpuSeconds) {

        double perSecond() {
            return operations / seconds;
        }

        double perCpuSecond() {
            return operations / cpuSeconds;
        }
    }

    /** One operation: does it and says how many units of work it did. */
    @FunctionalInterface
    interface Operation {
        long run(int i) throws Exception;
    }

    /** Runs {@code op} {@code warmup} times untimed, then {@code runs} times timed. */
    static Latencies repeat(int warmup, int runs, Operation op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run(i);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            op.run(warmup + i);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return new Latencies(ms);
    }

    /** Runs {@code op} for {@code warmupSeconds} untimed, then for {@code seconds}, on this thread. */
    static Rate loop(double warmupSeconds, double seconds, Operation op) throws Exception {
        run(warmupSeconds, op);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long n = run(seconds, op);
        return new Rate(n, (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static long run(double seconds, Operation op) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0;
        int i = 0;
        while (System.nanoTime() < deadline) {
            n += op.run(i++);
        }
        return n;
    }

    /** Seconds taken by {@code work}. */
    static <T> double seconds(Callable<T> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e9;
    }
}
