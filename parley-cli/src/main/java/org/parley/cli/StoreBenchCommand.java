package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parley.store.EventQuery;
import org.parley.store.JdbcEventStore;

/** {@code parley bench-store}: query latency on a store of synthetic events (a fresh DuckDB file). */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Fill a fresh DuckDB store with synthetic events and time an actor-and-month query.")
final class StoreBenchCommand implements Callable<Integer> {

    @Option(names = "--events", description = "Synthetic events (default: ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--runs", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int runs = 20;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path file = Files.createTempFile("parley-store-bench", ".duckdb");
        Files.delete(file);
        try (JdbcEventStore db = JdbcEventStore.open(file.toString())) {
            long t0 = System.nanoTime();
            new org.parley.store.DuckDbFiles(db.database()).generateSynthetic(events);
            double fill = (System.nanoTime() - t0) / 1e9;
            String[] actors = {"RUS", "UKR", "USA", "CHN", "IRN"};
            int[] rows = {0};
            BenchHarness.Latencies ms = BenchHarness.repeat(3, runs, i -> {
                LocalDate month = LocalDate.of(2016 + i % 9, 1 + i % 12, 1);
                rows[0] = db.events(new EventQuery(actors[i % actors.length], null, null, null, null, month,
                        month.plusMonths(1).minusDays(1), null, null, 1000)).size();
                return rows[0];
            });
            new BenchReport("bench-store", db.describe() + ", " + db.counts().events() + " synthetic events, "
                    + runs + " actor-and-month queries after 3 untimed")
                    .add("fill", fill, "s")
                    .add("query median", ms.median(), "ms")
                    .add("query p90", ms.percentile(90), "ms")
                    .add("query worst", ms.worst(), "ms")
                    .add("rows of the last query", rows[0], "rows")
                    .print(json, System.out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        }
        return Main.OK;
    }
}
