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
import com.fasterxml.jackson.databind.node.ObjectNode;

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
     * Everything after parsing, on stored parses: the stages Parley owns (actors, quotes,
     * events, stances), through the same {@link Pipeline} as {@code analyze}, with the CPU
     * time of each stage, so that actors and event coding can be read on their own.
     */
    private int coderOnly(Pipeline pipeline, List<Document> docs) {
        List<org.parley.model.ParsedDocument> parsed = new ArrayList<>();
        int sentences = 0;
        for (Document d : docs) {
            org.parley.model.ParsedDocument p = pipeline.annotator().annotate(d);
            parsed.add(p);
            sentences += p.sentences().size();
        }
        long events = 0;
        for (int i = 0; i < 3; i++) {
            for (org.parley.model.ParsedDocument p : parsed) {
                events += pipeline.analyze(p).events().size();
            }
        }
        long done = 0;
        // CPU time of this thread too: on a shared machine the wall clock counts other jobs' turns.
        java.lang.management.ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        StageClock clock = new StageClock(threadBean);
        long cpuStart = threadBean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (org.parley.model.ParsedDocument p : parsed) {
                events += pipeline.analyze(p, clock).events().size();
                done += p.sentences().size();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threadBean.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double coderCpu = clock.seconds("actors") + clock.seconds("coding");
        if (json) {
            ObjectNode o = JsonOutput.mapper().createObjectNode();
            o.put("articles", parsed.size());
            o.put("sentences", sentences);
            o.put("after_parsing_sentences_per_s", done / elapsed);
            o.put("after_parsing_sentences_per_cpu_s", done / cpu);
            o.put("coder_sentences_per_cpu_s", done / coderCpu);
            clock.cpu.forEach((stage, nanos) -> o.put(stage + "_cpu_share", nanos / 1e9 / cpu));
            System.out.println(o);
        } else {
            System.out.printf(Locale.ROOT, "articles          %d parsed once (%d sentences)%n", parsed.size(), sentences);
            System.out.printf(Locale.ROOT, "after parsing     %.0f sentences/s on one thread (%.1f s, %d sentences)%n",
                    done / elapsed, elapsed, done);
            System.out.printf(Locale.ROOT, "                  %.0f sentences per CPU second (%.1f s of CPU: %.0f%% of the wall time)%n",
                    done / cpu, cpu, 100 * cpu / elapsed);
            System.out.printf(Locale.ROOT, "actors + coding   %.0f sentences per CPU second of those two stages%n",
                    done / coderCpu);
            StringBuilder shares = new StringBuilder();
            clock.cpu.forEach((stage, nanos) -> shares.append(String.format(Locale.ROOT, " %s %.0f%%", stage,
                    100 * nanos / 1e9 / cpu)));
            System.out.println("CPU by stage     " + shares);
        }
        return events >= 0 ? Main.OK : Main.SOME_FAILED;
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
                    docs.add(Inputs.document(n, null));
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

    private void print(Measure p, Measure b, double loadSeconds, long baselineRetained) throws IOException {
        double ratio = b == null ? Double.NaN : p.tokensPerSecond() / b.tokensPerSecond();
        if (json) {
            ObjectNode o = JsonOutput.mapper().createObjectNode();
            o.put("articles", p.articles());
            o.put("threads", threads);
            o.put("tokens", p.tokens());
            o.put("articles_per_s", p.articlesPerSecond());
            o.put("tokens_per_s", p.tokensPerSecond());
            o.put("events_per_s", p.events() / p.seconds());
            o.put("peak_heap_mb", p.peakHeapBytes() / (1024.0 * 1024));
            o.put("load_s", loadSeconds);
            if (b != null) {
                o.put("baseline_tokens_per_s", b.tokensPerSecond());
                o.put("baseline_peak_heap_mb", b.peakHeapBytes() / (1024.0 * 1024));
                o.put("baseline_models_mb", baselineRetained / (1024.0 * 1024));
                o.put("rounds", (p.articles() + round - 1) / round);
                o.put("ratio", ratio);
            }
            System.out.println(JsonOutput.mapper().writeValueAsString(o));
            return;
        }
        System.out.printf(Locale.ROOT, "articles          %d (after %d warm-up), %d thread(s)%n", p.articles(), warmup, threads);
        System.out.printf(Locale.ROOT, "model load        %.1f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "parley            %.2f articles/s  %.0f tokens/s  %.1f events/s  peak heap %.0f MB%n",
                p.articlesPerSecond(), p.tokensPerSecond(), p.events() / p.seconds(), p.peakHeapBytes() / 1048576.0);
        if (b != null) {
            System.out.printf(Locale.ROOT, "corenlp default   %.2f articles/s  %.0f tokens/s  peak heap %.0f MB "
                            + "(its models: %.0f MB, not counted in Parley's)%n",
                    b.articlesPerSecond(), b.tokensPerSecond(), b.peakHeapBytes() / 1048576.0, baselineRetained / 1048576.0);
            System.out.printf(Locale.ROOT, "ratio             %.2f x (%d alternating rounds of %d articles)%n",
                    ratio, (p.articles() + round - 1) / round, round);
        }
    }
}
