package org.parley.spark;

import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.nlp.CoreNlpAnnotator;
import org.parley.pipeline.Components;
import org.parley.pipeline.Pipeline;

/**
 * The one pipeline of this executor JVM, built by the first task that needs it and reused by
 * every later task and partition: the CoreNLP models and the knowledge base load once per
 * executor (about 10 s), not once per task. {@link Pipeline} is thread-safe, so the executor's
 * task threads share it.
 */
final class ExecutorPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);

    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {
    }

    /**
     * The pipeline, loaded on first call in this JVM. The load is counted in {@code loads} and
     * its milliseconds in {@code loadMillis}, which the driver reports.
     */
    static Pipeline get(LongAccumulator loads, LongAccumulator loadMillis) {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    long start = System.nanoTime();
                    p = new Pipeline(new CoreNlpAnnotator(), Components.load());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    LOG.info("parley: pipeline loaded in {} ms", millis);
                    loads.add(1);
                    loadMillis.add(millis);
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
