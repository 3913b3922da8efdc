package org.parley.spark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Failure;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;
import org.parley.store.AnalysisRows;
import org.parley.store.StoreSchema;

/**
 * Analyzes a partition of articles, one at a time as the writer asks for them, on the
 * executor's one pipeline ({@link ExecutorPipeline}). Each article becomes one row of
 * {@link RowSchema#analysis()}: its month and its rows for every table. Nothing an article does
 * stops the partition: a bad input, an exception, a {@link StackOverflowError} or
 * {@link OutOfMemoryError} in the parser, or running past the time limit
 * ({@link Pipeline#withTimeLimit}) gives a row whose only content is a {@code failures} row.
 */
final class DocumentAnalyzer implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentAnalyzer.class);

    /**
     * Test hook: Spark conf key; with value N, the first attempt of partition 0 throws when it
     * reaches its document N+1, after N documents' rows went to the writer, as a lost executor
     * would. The retried attempt runs through. Never set outside tests.
     */
    static final String FAIL_AFTER = "spark.parley.test.failAfterDocuments";

    /** How many times the test hook fired in this JVM (local mode: the test's own). */
    static final AtomicInteger FORCED_FAILURES = new AtomicInteger();

    private final Duration timeLimit;
    private final long startedAtMillis;
    private final int failAfter;
    private final LongAccumulator loads;
    private final LongAccumulator loadMillis;

    /**
     * @param startedAt the job's start, the {@code ingested_at} and {@code failed_at} of every row,
     *                  so that a retried task writes the same rows as the attempt it replaces
     * @param failAfter the test hook's N, or -1
     */
    DocumentAnalyzer(Duration timeLimit, Instant startedAt, int failAfter, LongAccumulator loads,
                     LongAccumulator loadMillis) {
        this.timeLimit = timeLimit;
        this.startedAtMillis = startedAt.toEpochMilli();
        this.failAfter = failAfter;
        this.loads = loads;
        this.loadMillis = loadMillis;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        TaskContext task = TaskContext.get();
        boolean hook = failAfter >= 0 && task != null && task.partitionId() == 0 && task.attemptNumber() == 0;
        return new Iterator<>() {
            private int done;

            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Row next() {
                if (!articles.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row article = articles.next();
                if (hook && done == failAfter) {
                    FORCED_FAILURES.incrementAndGet();
                    throw new IllegalStateException("forced failure (" + FAIL_AFTER + "=" + failAfter + ") after "
                            + done + " documents of partition 0, attempt 0");
                }
                done++;
                return analyze(article);
            }
        };
    }

    /** One article's rows, or its failure. */
    Row analyze(Row article) {
        Instant at = Instant.ofEpochMilli(startedAtMillis);
        String source = article.getAs("source");
        Document d = Articles.document(article);
        java.sql.Date copyDate = article.getAs("copy_date");
        LocalDate filled = d.published() == null && copyDate != null ? copyDate.toLocalDate() : null;
        String month = RowSchema.month(filled != null ? filled : d.published());
        Pipeline p = ExecutorPipeline.get(loads, loadMillis).withTimeLimit(timeLimit);
        Analysis a;
        try {
            a = p.analyze(d);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(month, source, reason(e), at);
        }
        for (Failure note : a.failures()) {
            LOG.warn("parley: {}: {}{}: {}", source, note.stage(),
                    note.sentence() >= 0 ? " (sentence " + (note.sentence() + 1) + ")" : "", note.message());
        }
        Map<String, List<Object[]>> rows = AnalysisRows.of(a, at);
        if (filled != null) {
            // As the store does for a copy with a date: the document and its stances take it; events keep theirs.
            fill(rows.get("documents"), "documents", "published", filled);
            fill(rows.get("stances"), "stances", "date", filled);
        }
        Object[] values = new Object[RowSchema.ANALYZED.size() + 1];
        values[0] = month;
        for (int i = 0; i < RowSchema.ANALYZED.size(); i++) {
            values[i + 1] = rows(rows.getOrDefault(RowSchema.ANALYZED.get(i), List.of()));
        }
        return RowFactory.create(values);
    }

    private static void fill(List<Object[]> rows, String table, String column, LocalDate date) {
        int i = StoreSchema.current().table(table).columnNames().indexOf(column);
        for (Object[] r : rows == null ? List.<Object[]>of() : rows) {
            if (r[i] == null) {
                r[i] = date;
            }
        }
    }

    /** A row holding only a failures row. */
    static Row failure(String month, String source, String reason, Instant at) {
        Object[] values = new Object[RowSchema.ANALYZED.size() + 1];
        values[0] = month;
        for (int i = 0; i < RowSchema.ANALYZED.size(); i++) {
            values[i + 1] = RowSchema.ANALYZED.get(i).equals("failures")
                    ? rows(List.<Object[]>of(AnalysisRows.failure(source, reason, at))) : rows(List.of());
        }
        return RowFactory.create(values);
    }

    /** One line for a throwable, as {@code parley ingest} records it: a bad document's own message, else class and message. */
    static String reason(Throwable e) {
        return e instanceof BadDocumentException ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Rows as the array value of a Spark {@link Row}: a Scala sequence. */
    private static scala.collection.immutable.Seq<Row> rows(List<Object[]> values) {
        List<Row> out = new ArrayList<>(values.size());
        for (Object[] v : values) {
            Object[] converted = new Object[v.length];
            for (int i = 0; i < v.length; i++) {
                converted[i] = RowSchema.value(v[i]);
            }
            out.add(RowFactory.create(converted));
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
    }
}
