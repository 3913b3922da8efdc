package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.nlp.CoreNlpBaseline;
import org.parley.output.JsonOutput;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.PipelineObserver;
import org.parley.store.JdbcEventStore;

/**
 * {@code parley bench}: throughput of the full pipeline (analysis stored into a fresh DuckDB
 * store) and of CoreNLP's default English pipeline on the same articles in the same process,
 * as a ratio. Both run warm (a few articles first, untimed) with the same number of threads,
 * and take turns in rounds of a few articles, so that other load on a shared machine falls
 * on both measurements alike. Both pipelines' models are in the heap during Parley's rounds;
 * Parley's peak heap is reported net of what loading the baseline retained.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Parley's throughput against CoreNLP's default pipeline on the same articles.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl[.gz]", description = "Articles ({\"text\", ...} per line).")
    String input;

    @Option(names = "--limit", description = "Number of articles (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--threads", description = "Worker threads for both pipelines (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", description = "Untimed articles before each measurement (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP baseline.")
    boolean noBaseline;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--no-store", description = "Measure analysis alone, without storing into a fresh store.")
    boolean noStore;

    @Option(names = "--coder-only", description = "Parse the articles once, then measure everything after parsing "
            + "(actors, quotes, events, stances) on one thread, in sentences per second (no baseline).")
    boolean coderOnly;

    @Option(names = "--seconds", description = "Measuring time for --coder-only (default: ${DEFAULT-VALUE}).")
    double seconds = 10;

    @Option(names = "--round", description = "Articles per round: the two pipelines take turns, a round each, "
            + "so that other load on the machine falls on both alike (default: ${DEFAULT-VALUE}).")
    int round = 10;

    /** Throughput of one measured run. */
    record Measure(int articles, long tokens, long events, double seconds, long peakHeapBytes) {
        static final Measure NONE = new Measure(0, 0, 0, 0, 0);

        Measure plus(Measure m) {
            return new Measure(articles + m.articles, tokens + m.tokens, events + m.events, seconds + m.seconds,
                    Math.max(peakHeapBytes, m.peakHeapBytes));
        }

        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || threads < 1 || round < 1) {
            throw new UsageException("--limit, --threads and --round must be at least 1");
        }
        List<Document> docs = read();
        long loadStart = System.nanoTime();
        Pipeline pipeline = PipelineFactory.get();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        if (coderOnly) {
            return coderOnly(pipeline, docs);
        }
        long[] events = new long[1];
        Path storeFile = Files.createTempFile("parley-bench", ".duckdb");
        Files.delete(storeFile);
        try (JdbcEventStore db = JdbcEventStore.open(storeFile.toString())) {
            // The full path: analysis on the workers, stored in batches as ingest does.
            List<Analysis> pending = new ArrayList<>();
            ToIntFunction<Document> parleyWork = d -> {
                Analysis a = pipeline.analyze(d);
                synchronized (events) {
                    events[0] += a.events().size();
                    if (!noStore) {
                        pending.add(a);
                    }
                    if (pending.size() >= 25) {
                        db.store(pending);
                        pending.clear();
                    }
                }
                return a.parsed().tokenCount();
            };
            List<Document> warm = docs.subList(0, warmup);
            List<Document> timed = docs.subList(warmup, docs.size());
            run(warm, parleyWork);
            synchronized (events) {
                events[0] = 0;
            }
            CoreNlpBaseline core = null;
            long baselineRetained = 0;
            if (!noBaseline) {
                long before = liveHeapAfterGc();
                core = new CoreNlpBaseline();
                baselineRetained = Math.max(0, liveHeapAfterGc() - before);
                CoreNlpBaseline warmCore = core;
                run(warm, d -> warmCore.annotate(d.text()));
            }
            // Each pipeline's measures, summed over the rounds.
            Measure parley = Measure.NONE;
            Measure baseline = Measure.NONE;
            for (int from = 0; from < timed.size(); from += round) {
                List<Document> chunk = timed.subList(from, Math.min(timed.size(), from + round));
                parley = parley.plus(measure(chunk, parleyWork));
                if (core != null) {
                    CoreNlpBaseline c = core;
                    baseline = baseline.plus(measure(chunk, d -> c.annotate(d.text())));
                }
            }
            synchronized (events) {
                db.store(pending);
            }
            parley = new Measure(parley.articles(), parley.tokens(), events[0],
                    parley.seconds(), Math.max(0, parley.peakHeapBytes() - baselineRetained));
            print(parley, core == null ? null : baseline, loadSeconds, baselineRetained);
        } finally {
            Files.deleteIfExists(storeFile);
            Files.deleteIfExists(Path.of(storeFile + ".wal"));
        }
        return Main.OK;
    }

    /**
     * Everything after parsing, on parses made once: the stages Parley owns (actors, quotes,
     * events, stances), through the same {@link Pipeline} as {@code analyze}, measured by JMH
     * ({@link CoderBenchmark}) on one thread; then one timed pass gives each stage's share of
     * the CPU time, so that actors and event coding can be read on their own.
     */
    private int coderOnly(Pipeline pipeline, List<Document> docs) throws Exception {
        List<org.parley.model.ParsedDocument> parsed = new ArrayList<>();
        int sentences = 0;
        for (Document d : docs) {
            org.parley.model.ParsedDocument p = pipeline.annotator().annotate(d);
            parsed.add(p);
            sentences += p.sentences().size();
        }
        int iterations = Math.max(1, (int) Math.round(seconds));
        double[] passes = CoderBenchmark.run(pipeline, parsed, 3, iterations, seconds / iterations);
        // CPU time of this thread by stage: on a shared machine the wall clock counts other jobs' turns.
        java.lang.management.ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        StageClock clock = new StageClock(threadBean);
        int finalSentences = sentences;
        BenchHarness.Rate rate = BenchHarness.loop(0, Math.min(seconds, 3), i -> {
            for (org.parley.model.ParsedDocument p : parsed) {
                pipeline.analyze(p, clock);
            }
            return finalSentences;
        });
        double coderCpu = clock.seconds("actors") + clock.seconds("coding");
        BenchReport report = new BenchReport("bench --coder-only", parsed.size() + " articles parsed once ("
                + sentences + " sentences), after parsing, one thread, JMH " + iterations + " x "
                + BenchReport.number(seconds / iterations) + " s after 3 x 1 s warm-up");
        report.add("after parsing", passes[0] * sentences, "sentences/s",
                "JMH: " + BenchReport.number(passes[0]) + " +- " + BenchReport.number(passes[1]) + " passes/s, 99.9%");
        report.add("after parsing (CPU)", rate.perCpuSecond(), "sentences/CPU s");
        report.add("actors + coding (CPU)", rate.operations() / coderCpu, "sentences/CPU s", "those two stages only");
        double cpu = rate.cpuSeconds();
        clock.cpu.forEach((stage, nanos) -> report.add(stage + " share", 100 * nanos / 1e9 / cpu, "% of CPU"));
        report.print(json, System.out);
        return Main.OK;
    }

    /** Sums the CPU time of this thread in each pipeline stage. */
    private static final class StageClock implements PipelineObserver {

        private final java.lang.management.ThreadMXBean threads;
        private final java.util.Map<String, Long> cpu = new java.util.LinkedHashMap<>();
        private long started;

        StageClock(java.lang.management.ThreadMXBean threads) {
            this.threads = threads;
        }

        @Override
        public void stageStarted(String stage) {
            started = threads.getCurrentThreadCpuTime();
        }

        @Override
        public void stageEnded(String stage) {
            cpu.merge(stage, threads.getCurrentThreadCpuTime() - started, Long::sum);
        }

        double seconds(String stage) {
            return cpu.getOrDefault(stage, 0L) / 1e9;
        }
    }

    private List<Document> read() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (BufferedReader in = Inputs.jsonl(input)) {
            String line;
            while ((line = in.readLine()) != null && docs.size() < limit + warmup) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JsonOutput.mapper().readTree(line);
                if (n.hasNonNull("text") && !n.get("text").asText().isBlank()) {
                    docs.add(org.parley.ingest.JsonLines.documentIgnoringBadDates(n, null));
                }
            }
        }
        if (docs.size() <= warmup) {
            throw new UsageException(input + " has only " + docs.size() + " usable articles");
        }
        return docs;
    }

    /** Times one round on the pool; heap peaks are reset after a collection, so they are this round's. */
    private Measure measure(List<Document> docs, ToIntFunction<Document> work) throws Exception {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long tokens = run(docs, work);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measure(docs.size(), tokens, 0, seconds, peakHeap());
    }

    private long run(List<Document> docs, ToIntFunction<Document> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> work.applyAsInt(d)));
            }
            long tokens = 0;
            for (Future<Integer> f : futures) {
                tokens += f.get();
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long liveHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak usage since the last reset: an upper bound on live heap. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void print(Measure p, Measure b, double loadSeconds, long baselineRetained) {
        BenchReport report = new BenchReport("bench", p.articles() + " articles after " + warmup + " warm-up, "
                + threads + " thread(s)" + (noStore ? "" : ", stored into a fresh DuckDB store")
                + (b == null ? "" : ", " + (p.articles() + round - 1) / round + " alternating rounds of " + round
                + " articles with CoreNLP's default pipeline"));
        report.add("model load", loadSeconds, "s");
        report.add("parley", p.articlesPerSecond(), "articles/s");
        report.add("parley tokens", p.tokensPerSecond(), "tokens/s");
        report.add("parley events", p.events() / p.seconds(), "events/s");
        report.add("parley peak heap", p.peakHeapBytes() / 1048576.0, "MB");
        if (b != null) {
            report.add("corenlp default", b.articlesPerSecond(), "articles/s");
            report.add("corenlp default tokens", b.tokensPerSecond(), "tokens/s");
            report.add("corenlp default peak heap", b.peakHeapBytes() / 1048576.0, "MB");
            report.add("corenlp models", baselineRetained / 1048576.0, "MB", "not counted in Parley's peak heap");
            report.add("ratio", p.tokensPerSecond() / b.tokensPerSecond(), "x", "Parley's tokens/s over CoreNLP's");
        }
        report.print(json, System.out);
    }
}
