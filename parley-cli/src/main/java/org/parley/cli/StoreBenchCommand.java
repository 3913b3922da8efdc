package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

    @Override
    public Integer call() throws Exception {
        Path file = Files.createTempFile("parley-store-bench", ".duckdb");
        Files.delete(file);
        try (JdbcEventStore db = JdbcEventStore.open(file.toString())) {
            long t0 = System.nanoTime();
            new org.parley.store.DuckDbFiles(db.database()).generateSynthetic(events);
            double fill = (System.nanoTime() - t0) / 1e9;
            String[] actors = {"RUS", "UKR", "USA", "CHN", "IRN"};
            List<Double> ms = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < runs + 3; i++) {
                LocalDate month = LocalDate.of(2016 + i % 9, 1 + i % 12, 1);
                EventQuery q = new EventQuery(actors[i % actors.length], null, null, null, null, month,
                        month.plusMonths(1).minusDays(1), null, null, 1000);
                long start = System.nanoTime();
                rows = db.events(q).size();
                if (i >= 3) {
                    ms.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(ms);
            System.out.printf(Locale.ROOT, "store             %s, %d synthetic events (filled in %.1f s)%n", db.describe(),
                    db.counts().events(), fill);
            System.out.printf(Locale.ROOT, "actor + month     median %.1f ms, worst %.1f ms over %d queries (last: %d rows)%n",
                    ms.get(ms.size() / 2), ms.get(ms.size() - 1), ms.size(), rows);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        }
        return Main.OK;
    }
}
