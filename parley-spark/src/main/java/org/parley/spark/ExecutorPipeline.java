package org.parley.spark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.nlp.CoreNlpAnnotator;
import org.parley.pipeline.Components;
import org.parley.pipeline.Pipeline;

/**
 * The one pipeline of this executor JVM, loaded once and reused by every later task and
 * partition: the CoreNLP models and the knowledge base load once per executor (10 to 20 s), not
 * once per task. {@link Pipeline} is thread-safe, so the executor's task threads share it. The
 * load starts in the background as soon as the executor reads its first input records
 * ({@link #prefetch}), so that it overlaps reading, parsing and the shuffle before analysis.
 */
final class ExecutorPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);

    private static CompletableFuture<Pipeline> loading;
    private static volatile long loadMillis;
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private ExecutorPipeline() {
    }

    /** Starts loading the pipeline on a daemon thread, unless it is loading or loaded. */
    static synchronized void prefetch() {
        if (loading == null) {
            CompletableFuture<Pipeline> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    long start = System.nanoTime();
                    Pipeline p = new Pipeline(new CoreNlpAnnotator(), Components.load());
                    loadMillis = (System.nanoTime() - start) / 1_000_000;
                    LOG.info("parley: pipeline loaded in {} ms", loadMillis);
                    f.complete(p);
                } catch (RuntimeException | Error e) {
                    f.completeExceptionally(e);
                }
            }, "parley-pipeline-load");
            t.setDaemon(true);
            t.start();
            loading = f;
        }
    }

    /**
     * The pipeline, waiting for its load. The first task of the JVM to get it counts the load in
     * {@code loads} and its milliseconds in {@code loadMillis}, which the driver reports. A
     * pipeline that cannot load (a missing model) fails the task, and so the job, loudly.
     */
    static Pipeline get(LongAccumulator loads, LongAccumulator loadMillisTotal) {
        prefetch();
        CompletableFuture<Pipeline> f;
        synchronized (ExecutorPipeline.class) {
            f = loading;
        }
        Pipeline p;
        try {
            p = f.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("parley: the pipeline could not be loaded on this executor: "
                    + e.getCause(), e.getCause());
        }
        if (REPORTED.compareAndSet(false, true)) {
            loads.add(1);
            loadMillisTotal.add(loadMillis);
        }
        return p;
    }
}
