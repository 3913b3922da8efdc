package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.sql.Date;
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

    /** An article: its text's key (the store's documents.hash, {@link TextKey}), where it came from, its fields, or why not. */
    static final StructType SCHEMA = new StructType()
            .add("hash", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("date", DataTypes.DateType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("error", DataTypes.StringType);

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
                .agg(min(struct(col("id"), col("source"), col("date"), col("title"), col("url"), col("text"))).as("a"))
                .select(col("hash"), col("a.source"), col("a.id"), col("a.text"), col("a.date"), col("a.title"),
                        col("a.url"), lit(null).cast(DataTypes.StringType).as("error"));
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
                    d.published() == null ? null : Date.valueOf(d.published()), d.title(), d.url(), null);
        }

        private static Row failed(String source, String reason) {
            return RowFactory.create(null, source, null, null, null, null, null, reason);
        }
    }
}
