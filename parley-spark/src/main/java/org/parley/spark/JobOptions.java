package org.parley.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;

/**
 * The job's command line: {@code --input PATH --output PATH [--format jsonl|parquet]
 * [--partitions N] [--time-limit SECONDS]}. Paths are any Hadoop filesystem path (a local
 * directory, {@code hdfs://}, {@code s3a://}, ...).
 *
 * @param input      JSONL (.gz) files or Parquet of {@code {id, text, date?, title?, url?}}
 * @param output     the directory that receives one sub-directory per table (replaced if present)
 * @param format     {@code jsonl} or {@code parquet}; by default {@code parquet} when the input
 *                   path ends in {@code .parquet}, else {@code jsonl}
 * @param partitions documents are analyzed in this many tasks; 0 for four per core of the cluster
 * @param timeLimit  most time one document may take before it becomes a failure
 */
public record JobOptions(String input, String output, String format, int partitions, Duration timeLimit)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String USAGE = "usage: AnalyzeJob --input PATH --output PATH [--format jsonl|parquet]"
            + " [--partitions N] [--time-limit SECONDS]";

    public JobOptions {
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        if (!format.equals("jsonl") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format must be jsonl or parquet, not " + format);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (automatic) or more");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("--time-limit must be at least 1 second");
        }
    }

    /** Reads the command line; an {@link IllegalArgumentException} says what is wrong. */
    public static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        String format = null;
        int partitions = 0;
        long seconds = 600;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--format" -> format = value.toLowerCase(Locale.ROOT);
                case "--partitions" -> partitions = number(name, value);
                case "--time-limit" -> seconds = number(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (format == null && input != null) {
            format = input.replaceAll("/+$", "").endsWith(".parquet") ? "parquet" : "jsonl";
        }
        return new JobOptions(input, output, format == null ? "jsonl" : format, partitions, Duration.ofSeconds(seconds));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not " + value);
        }
    }
}
