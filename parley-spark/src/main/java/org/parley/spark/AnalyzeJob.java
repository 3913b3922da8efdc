package org.parley.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * {@code spark-submit --class org.parley.spark.AnalyzeJob parley-spark-job.jar --input PATH
 * --output PATH [--format jsonl|parquet] [--partitions N] [--time-limit SECONDS]}: the pipeline
 * over an archive of articles, into the Parquet tables of {@link RowSchema}, partitioned by month.
 *
 * <p>The plan: read and parse the records ({@link Articles}), keep one article per text (the
 * others are its {@code document_aliases}, as {@code parley ingest} records them), spread
 * them over {@code --partitions} tasks, analyze each partition on the executor's one pipeline
 * ({@link DocumentAnalyzer}), keep the analyses (memory, spilling to disk), and write each
 * table from them; events are merged across articles here, as the store's key merges them.
 * Nothing is collected to the driver. Every id is a content hash and every timestamp the job's
 * start, so a retried task or stage writes exactly the rows of the attempt it replaces, and a
 * re-run over the same input replaces the output with the same rows.
 */
public final class AnalyzeJob {

    /** What a run wrote and took. */
    public record Summary(Map<String, Long> rows, long articles, double seconds, long modelLoads,
                          long modelLoadMillis) {

        /** One line for people. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "parley-spark: %d articles in %.1f s (%.2f articles/s); rows %s;"
                    + " pipeline loaded %d time(s), %.1f s each on average", articles, seconds,
                    seconds > 0 ? articles / seconds : 0, rows, modelLoads,
                    modelLoads == 0 ? 0 : modelLoadMillis / 1000.0 / modelLoads);
        }
    }

    private AnalyzeJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley-analyze").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.err.println(s.describe());
            System.err.println(String.format(java.util.Locale.ROOT, "parley-spark: peak heap of the driver JVM %.0f MiB"
                    + " (in local mode the executors' too)", peakHeapBytes() / 1048576.0));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on {@code spark}; the output directory's tables are replaced. */
    public static Summary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        LongAccumulator loads = spark.sparkContext().longAccumulator("parley pipeline loads");
        LongAccumulator loadMillis = spark.sparkContext().longAccumulator("parley pipeline load ms");
        int failAfter = Integer.parseInt(spark.conf().get(DocumentAnalyzer.FAIL_AFTER, "-1"));
        int partitions = options.partitions() > 0 ? options.partitions()
                : 4 * spark.sparkContext().defaultParallelism();

        Dataset<Row> parsed = Articles.read(spark, options);
        Dataset<Row> analyses = Articles.distinct(parsed)
                .repartition(partitions)
                .mapPartitions(new DocumentAnalyzer(options.timeLimit(), startedAt, failAfter, loads, loadMillis),
                        Encoders.row(RowSchema.analysis()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : RowSchema.TABLES) {
                Dataset<Row> out = switch (table) {
                    case "events" -> mergedEvents(analyses);
                    // Only of texts stored: ingest stores no alias of a document that failed.
                    case "document_aliases" -> Articles.aliases(parsed, startedAt).join(
                            rowsOf(analyses, "documents").select(col("hash")), col("doc_hash").equalTo(col("hash")),
                            "left_semi");
                    case "failures" -> rowsOf(analyses, table).unionByName(unreadable(parsed, startedAt));
                    default -> rowsOf(analyses, table);
                };
                out = typed(table, out);
                String path = options.output().replaceAll("/+$", "") + "/" + table;
                out.write().mode(SaveMode.Overwrite).partitionBy(RowSchema.MONTH).parquet(path);
                rows.put(table, countOrMarkEmpty(spark, path, out.schema()));
            }
            return new Summary(rows, rows.get("documents") + rows.get("failures"), (System.nanoTime() - start) / 1e9,
                    loads.value(), loadMillis.value());
        } finally {
            analyses.unpersist();
        }
    }

    /**
     * The rows written to {@code path}. Spark writes no file for an empty partitioned table, which
     * readers then cannot tell from a missing one: it gets one empty file with the table's schema.
     */
    private static long countOrMarkEmpty(SparkSession spark, String path, StructType schema) {
        try {
            return spark.read().parquet(path).count();
        } catch (Exception e) {
            // Scala throws AnalysisException (a checked exception to Java) undeclared.
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (!(e instanceof AnalysisException)) {
                throw new IllegalStateException("reading back " + path, e);
            }
            spark.createDataFrame(List.<Row>of(), schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
            return 0;
        }
    }

    /** One table's rows of every document, with the document's month. */
    static Dataset<Row> rowsOf(Dataset<Row> analyses, String table) {
        return analyses.select(col(RowSchema.MONTH), explode(col(table)).as("r"))
                .select(columns(table, "r.", col(RowSchema.MONTH)));
    }

    /**
     * Events merged as the store merges them: one row per event id (date, source, target,
     * code, place), with the number of mentions. Rows of one id agree on every column the id
     * does not fix only as far as the knowledge base is consistent; where they differ, the
     * least row wins, so the choice does not depend on the order tasks ran in.
     */
    static Dataset<Row> mergedEvents(Dataset<Row> analyses) {
        List<String> names = List.of(RowSchema.table("events").fieldNames());
        List<Column> rest = new ArrayList<>();
        for (String n : names.subList(1, names.size())) {
            rest.add(col("r." + n).as(n));
        }
        Dataset<Row> merged = analyses.select(explode(col("events")).as("r"))
                .groupBy(col("r.event_id").as("event_id"))
                .agg(min(struct(rest.toArray(Column[]::new))).as("e"), count(lit(1)).as(RowSchema.MENTION_COUNT));
        List<Column> out = new ArrayList<>();
        out.add(col("event_id"));
        for (String n : names.subList(1, names.size())) {
            out.add(col("e." + n).as(n));
        }
        out.add(col(RowSchema.MENTION_COUNT));
        out.add(coalesce(date_format(col("e.date"), "yyyy-MM"), lit(RowSchema.UNDATED)).as(RowSchema.MONTH));
        return merged.select(out.toArray(Column[]::new));
    }

    /** A table's rows with exactly the columns and types of {@link RowSchema#output}, in its order. */
    static Dataset<Row> typed(String table, Dataset<Row> out) {
        List<Column> cs = new ArrayList<>();
        for (StructField f : RowSchema.output(table).fields()) {
            cs.add(col(f.name()).cast(f.dataType()).as(f.name()));
        }
        return out.select(cs.toArray(Column[]::new));
    }

    /** Failures rows for the records that were not articles. */
    private static Dataset<Row> unreadable(Dataset<Row> parsed, Instant startedAt) {
        return Articles.unreadable(parsed).select(col("source"), col("error").as("reason"),
                lit(Timestamp.from(startedAt)).as("failed_at"), lit(RowSchema.UNDATED).as(RowSchema.MONTH));
    }

    private static Column[] columns(String table, String prefix, Column last) {
        List<Column> cs = new ArrayList<>();
        for (String n : RowSchema.table(table).fieldNames()) {
            cs.add(col(prefix + n).as(n));
        }
        cs.add(last);
        return cs.toArray(Column[]::new);
    }

    /** The most heap this JVM has used, summed over its heap pools' peaks. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
