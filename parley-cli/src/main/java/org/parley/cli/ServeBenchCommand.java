package org.parley.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parley.server.ParleyServer;
import org.parley.server.ServerOptions;
import org.parley.store.JdbcEventStore;
import org.parley.store.ReadPool;

/**
 * {@code parley bench-serve}: many concurrent clients on the read endpoints for a fixed time,
 * against a fresh store of synthetic events served in this process (or a running server on
 * this machine with {@code --url}). Prints requests/s, p50/p99 and errors per path, and each
 * path's p50 as a ratio to a static file's, the baseline measured in the same run.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = "Load the read API: concurrent clients for a fixed time; prints req/s, p50/p99 and errors per path.")
final class ServeBenchCommand implements Callable<Integer> {

    static final String BASELINE = "/app.css";
    static final List<String> PATHS = List.of("/api/events?limit=50", "/api/timeline", "/api/events?actor=RUS&limit=50",
            "/api/network?limit=50", "/api/actors?limit=50", "/api/stats", BASELINE);

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 200;

    @Option(names = "--seconds", description = "Measured seconds, after 3 s of warm-up (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--events", description = "Synthetic events in the fresh store (default: ${DEFAULT-VALUE}).")
    long events = 100_000;

    @Option(names = "--readers", description = "Read connections of the in-process server (default: ${DEFAULT-VALUE}).")
    int readers = 8;

    @Option(names = "--cache-seconds", description = "The in-process server's answer cache, as serve's (default:"
            + " ${DEFAULT-VALUE}; 0 makes every request query the store).")
    double cacheSeconds = 5;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--url", description = "A running server on this machine (loopback only) instead of a fresh one.")
    URI url;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1) {
            throw new UsageException("--clients and --seconds must be positive");
        }
        if (url != null) {
            if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
                throw new UsageException("bench-serve only loads servers on this machine (loopback): " + url.getHost());
            }
            run(url.toString().replaceAll("/$", ""));
            return Main.OK;
        }
        Path file = Files.createTempFile("parley-serve-bench", ".duckdb");
        Files.delete(file);
        try {
            try (JdbcEventStore db = JdbcEventStore.open(file.toString())) {
                new org.parley.store.DuckDbFiles(db.database()).generateSynthetic(events);
                System.err.printf(Locale.ROOT, "parley: store %s, %d synthetic events%n", db.describe(), db.counts().events());
            }
            try (ReadPool pool = ReadPool.open(file.toString(), readers);
                 ParleyServer server = ParleyServer.start(pool, null, ServerOptions.loopback(0).withCache(cacheSeconds))) {
                run("http://127.0.0.1:" + server.port());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        }
        return Main.OK;
    }

    private void run(String base) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        List<List<long[]>> perClient = new ArrayList<>();
        AtomicLong[] errors = new AtomicLong[PATHS.size()];
        Arrays.setAll(errors, i -> new AtomicLong());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<long[]> samples = new ArrayList<>();
            perClient.add(samples);
            int first = c;
            threads.add(new Thread(() -> client(http, base, first, warmEnd, end, samples, errors), "bench-client-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        print(perClient, errors);
    }

    /** One client: requests the paths in turn until {@code end}; keeps (path, nanos) after the warm-up. */
    private static void client(HttpClient http, String base, int first, long warmEnd, long end, List<long[]> samples,
                               AtomicLong[] errors) {
        for (int i = first; System.nanoTime() < end && i < first + 10_000_000; i++) {
            int p = i % PATHS.size();
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + PATHS.get(p))).timeout(Duration.ofSeconds(30)).build();
            long t0 = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                ok = res.statusCode() == 200;
            } catch (java.io.IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long t1 = System.nanoTime();
            if (t0 >= warmEnd && t1 <= end) {
                samples.add(new long[] {p, t1 - t0});
                if (!ok) {
                    errors[p].incrementAndGet();
                }
            }
        }
    }

    private void print(List<List<long[]>> perClient, AtomicLong[] errors) {
        List<List<Double>> byPath = new ArrayList<>();
        PATHS.forEach(p -> byPath.add(new ArrayList<>()));
        for (List<long[]> samples : perClient) {
            for (long[] s : samples) {
                byPath.get((int) s[0]).add(s[1] / 1e6);
            }
        }
        byPath.forEach(java.util.Collections::sort);
        double baseline = new BenchHarness.Latencies(byPath.get(PATHS.indexOf(BASELINE))).median();
        long total = 0;
        long totalErrors = 0;
        BenchReport report = new BenchReport("bench-serve", clients + " clients, " + seconds + " s measured after 3 s"
                + " of warm-up, " + (url != null ? "server " + url : cacheSeconds > 0 ? "answer cache " + cacheSeconds
                + " s" : "no answer cache") + ", load average " + loadAverage());
        for (int i = 0; i < PATHS.size(); i++) {
            BenchHarness.Latencies ms = new BenchHarness.Latencies(byPath.get(i));
            total += ms.millis().size();
            totalErrors += errors[i].get();
            String path = PATHS.get(i);
            report.add(path, ms.millis().size() / (double) seconds, "req/s", errors[i].get() + " errors");
            report.add(path + " p50", ms.median(), "ms", baseline > 0 ? BenchReport.number(ms.median() / baseline)
                    + " x the baseline's" : null);
            report.add(path + " p99", ms.percentile(99), "ms");
        }
        report.add("all", total / (double) seconds, "req/s", totalErrors + " errors");
        report.print(json, System.out);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ", 4);
            return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }
}
