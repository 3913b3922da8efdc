package org.parley.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.parley.ingest.JsonLines;
import org.parley.model.Document;
import org.parley.store.TextKey;

/**
 * The input as one row per article, read the way {@code parley ingest} reads JSON Lines
 * ({@link JsonLines#document}: the same fields, the same date rules, the same messages), from
 * JSONL (.gz) lines or from Parquet rows with the same fields. A record that is not an article
 * (not JSON, no text, a date that is not a date) keeps its reason in {@code error} and becomes
 * a {@code failures} row.
 */
final class Articles {

    /**
     * An article: its text's key (the store's documents.hash, {@link TextKey}), where it came from, its fields, or why
     * not; and, for a kept article without a date, the date of its least-id copy that has one ({@link #distinct}).
     */
    static final StructType SCHEMA = new StructType()
            .add("hash", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("date", DataTypes.DateType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("error", DataTypes.StringType)
            .add("copy_date", DataTypes.DateType);

    private static final List<String> FIELDS = List.of("id", "text", "date", "title", "url");

    private Articles() {
    }

    /** Every record of the input, parsed, one row each ({@link #SCHEMA}). */
    static Dataset<Row> read(SparkSession spark, JobOptions options) {
        Dataset<Row> raw;
        if (options.format().equals("parquet")) {
            Dataset<Row> in = spark.read().parquet(options.input());
            Set<String> present = Set.of(in.columns());
            if (!present.contains("text")) {
                throw new IllegalArgumentException(options.input() + ": the Parquet input has no \"text\" column");
            }
            List<Column> columns = new ArrayList<>();
            columns.add(col("_metadata.file_name").as("file"));
            for (String f : FIELDS) {
                columns.add(present.contains(f) ? col(f).cast(DataTypes.StringType).as(f)
                        : lit(null).cast(DataTypes.StringType).as(f));
            }
            raw = in.select(columns.toArray(Column[]::new));
        } else {
            raw = spark.read().text(options.input()).select(col("_metadata.file_name").as("file"), col("value"));
        }
        return raw.mapPartitions(new Parse(options.format().equals("parquet")), Encoders.row(SCHEMA));
    }

    /**
     * The articles to analyze: one per text, as the store keeps one document per hash. Of the
     * records with the same text the one with the least id wins, whatever the input's order
     * or partitioning, so a re-run keeps the same one.
     */
    static Dataset<Row> distinct(Dataset<Row> parsed) {
        return parsed.filter(col("error").isNull())
                .groupBy(col("hash"))
                .agg(min(struct(col("id"), col("source"), col("date"), col("title"), col("url"), col("text"))).as("a"),
                        min(when(col("date").isNotNull(), struct(col("id"), col("source"), col("date")))).as("d"))
                .select(col("hash"), col("a.source"), col("a.id"), col("a.text"), col("a.date"), col("a.title"),
                        col("a.url"), lit(null).cast(DataTypes.StringType).as("error"),
                        when(col("a.date").isNull(), col("d.date")).as("copy_date"));
    }

    /**
     * The {@code document_aliases} rows: every other source of a kept text, as the store records
     * the copies {@code parley ingest} meets after the first ({@code DocumentAliases}). The kept
     * article's own id and source, read again, are no alias; an id and source read twice are one
     * alias (of those, the least date and URL). Partitioned by the alias's own date.
     */
    static Dataset<Row> aliases(Dataset<Row> parsed, Instant seenAt) {
        Dataset<Row> articles = parsed.filter(col("error").isNull());
        Dataset<Row> kept = articles.groupBy(col("hash").as("k_hash"))
                .agg(min(struct(col("id"), col("source"))).as("k"));
        return articles.join(kept, col("hash").equalTo(col("k_hash")))
                .filter(not(col("id").eqNullSafe(col("k.id")).and(col("source").eqNullSafe(col("k.source")))))
                .groupBy(col("hash"), col("id"), col("source"))
                .agg(min(struct(col("date"), col("url"))).as("a"))
                .select(col("hash").as("doc_hash"), col("id").as("external_id"), col("a.date").as("published"),
                        col("a.url").as("url"), col("source"), lit(Timestamp.from(seenAt)).as("seen_at"),
                        coalesce(date_format(col("a.date"), "yyyy-MM"), lit(RowSchema.UNDATED)).as(RowSchema.MONTH));
    }

    /** The records that are not articles. */
    static Dataset<Row> unreadable(Dataset<Row> parsed) {
        return parsed.filter(col("error").isNotNull());
    }

    /** A document of an article row. */
    static Document document(Row article) {
        Date date = article.getAs("date");
        return new Document(article.getAs("id"), article.getAs("text"), date == null ? null : date.toLocalDate(),
                article.getAs("title"), article.getAs("url"));
    }

    /** Parses raw records: JSON lines ({@code file, value}) or Parquet rows ({@code file, id, text, ...}). */
    static final class Parse implements MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;
        private static final ObjectMapper JSON = new ObjectMapper();

        private final boolean parquet;

        Parse(boolean parquet) {
            this.parquet = parquet;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> records) {
            ExecutorPipeline.prefetch();
            // Lazy: a partition's records are parsed as the next stage asks for them, never held at once.
            return new Iterator<>() {
                private Row next = advance();

                private Row advance() {
                    while (records.hasNext()) {
                        Row r = records.next();
                        Row article = parquet ? fromParquet(r) : fromLine(r.getString(0), r.getString(1));
                        if (article != null) {
                            return article;
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row r = next;
                    next = advance();
                    return r;
                }
            };
        }

        /** An article of one JSON line, an error row, or null for a blank line (skipped, as ingest does). */
        static Row fromLine(String file, String line) {
            if (line.isBlank()) {
                return null;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return failed(file + ": a line", "not JSON (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                return failed(file + ": a line", "not a JSON object");
            }
            return article(file, node);
        }

        private static Row fromParquet(Row r) {
            ObjectNode node = JSON.createObjectNode();
            for (int i = 0; i < FIELDS.size(); i++) {
                if (!r.isNullAt(i + 1)) {
                    node.put(FIELDS.get(i), r.getString(i + 1));
                }
            }
            return article(r.getString(0), node);
        }

        private static Row article(String file, JsonNode node) {
            String source = file + ":" + (node.hasNonNull("id") ? node.get("id").asText() : "(no id)");
            Document d;
            try {
                d = JsonLines.document(node, null);
            } catch (IllegalArgumentException e) {
                return failed(source, e.getMessage());
            }
            return RowFactory.create(TextKey.of(d.text()), source, d.id(), d.text(),
                    d.published() == null ? null : Date.valueOf(d.published()), d.title(), d.url(), null, null);
        }

        private static Row failed(String source, String reason) {
            return RowFactory.create(null, source, null, null, null, null, null, reason, null);
        }
    }
}
