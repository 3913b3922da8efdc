package org.parley.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;

/**
 * The coder micro-benchmark under JMH: everything after parsing (actors, quotes, events,
 * stances) on parses made once, one operation being one pass over them. It runs in the
 * {@code parley} process ({@code forks(0)}), since the parses and the loaded knowledge are
 * handed over in memory: a fork would have to load and parse again.
 */
@State(Scope.Benchmark)
public class CoderBenchmark {

    private static volatile Pipeline pipeline;
    private static volatile List<ParsedDocument> parsed;

    /** One pass over the parses; returns the events found, so that the work cannot be optimized away. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long analyzeAll() {
        long events = 0;
        for (ParsedDocument p : parsed) {
            events += pipeline.analyze(p).events().size();
        }
        return events;
    }

    /**
     * Passes per second over {@code docs}: JMH's score and its error (99.9% confidence), after
     * {@code warmups} one-second warm-up iterations and {@code iterations} measured ones of
     * {@code seconds} each.
     */
    static double[] run(Pipeline p, List<ParsedDocument> docs, int warmups, int iterations, double seconds)
            throws RunnerException {
        pipeline = p;
        parsed = docs;
        try {
            RunResult r = new Runner(new OptionsBuilder().include(CoderBenchmark.class.getName() + ".analyzeAll")
                    .forks(0).threads(1).warmupIterations(warmups).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(iterations)
                    .measurementTime(TimeValue.milliseconds(Math.max(100, (long) (seconds * 1000))))
                    .verbosity(VerboseMode.SILENT).shouldFailOnError(true).build()).runSingle();
            return new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()};
        } finally {
            pipeline = null;
            parsed = null;
        }
    }
}
