package org.parley.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.parley.store.AnalysisRows;
import org.parley.store.StoreSchema;

/**
 * The Parquet tables the job writes, as Spark types. Their columns are the store's own, read
 * from {@code schema.sql} through {@link StoreSchema} (the one place a column is declared and
 * described), so the job and the store cannot drift apart; this class only maps SQL types to
 * Spark's and adds what Parquet needs beyond the store:
 * <ul>
 *   <li>{@value #MONTH}, the partition column of every table: {@code yyyy-MM} of the document's
 *       publication date (of the event's date for {@code events}), {@value #UNDATED} when unknown;</li>
 *   <li>{@value #MENTION_COUNT} in {@code events}: the number of {@code event_mentions} rows of the
 *       event, GDELT's NumMentions, which the store counts at query time.</li>
 * </ul>
 * {@link #markdown()} prints the tables for docs/scale.md, and a test keeps the two equal.
 */
public final class RowSchema {

    /** Partition column of every table. */
    public static final String MONTH = "month";
    /** Partition value for rows without a date. */
    public static final String UNDATED = "undated";
    /** Mentions per merged event, in {@code events} only. */
    public static final String MENTION_COUNT = "mention_count";

    /** The tables written, in the order they are written (documents first: writing it runs the analysis). */
    public static final List<String> TABLES = List.of("documents", "events", "event_mentions", "quotes", "stances",
            "actor_mentions", "document_aliases", "failures");

    /** The tables of an analyzed document ({@link #analysis()}): all but {@code document_aliases}, which the input gives. */
    static final List<String> ANALYZED = TABLES.stream().filter(t -> !t.equals("document_aliases")).toList();

    private RowSchema() {
    }

    /** The store's columns of {@code table}, typed for Spark. */
    public static StructType table(String table) {
        List<StructField> fields = new ArrayList<>();
        for (StoreSchema.Column c : StoreSchema.current().table(table).columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** A table as written to Parquet: the store's columns, {@value #MENTION_COUNT} for events, then {@value #MONTH}. */
    public static StructType output(String table) {
        StructType t = table(table);
        if (table.equals("events")) {
            t = t.add(MENTION_COUNT, DataTypes.LongType, false);
        }
        return t.add(MONTH, DataTypes.StringType, false);
    }

    /**
     * One analyzed document as the job keeps it between analysis and writing: its month and,
     * for each table, an array of its rows (events not yet merged; failures of the document).
     */
    static StructType analysis() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(MONTH, DataTypes.StringType, false));
        for (String t : ANALYZED) {
            fields.add(DataTypes.createStructField(t, DataTypes.createArrayType(table(t), false), false));
        }
        return DataTypes.createStructType(fields);
    }

    /** The Spark type of a column type of schema.sql. */
    static DataType type(String sqlType) {
        return switch (sqlType) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "DOUBLE PRECISION" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            case "TIMESTAMP" -> DataTypes.TimestampType;
            default -> throw new IllegalStateException("schema.sql has a column type parley-spark does not map: "
                    + sqlType + " (add it to RowSchema.type)");
        };
    }

    /** A value of {@link AnalysisRows} as Spark's external type for its column. */
    static Object value(Object v) {
        if (v instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (v instanceof Instant i) {
            return Timestamp.from(i);
        }
        return v;
    }

    /** The partition value for a date. */
    static String month(LocalDate date) {
        return date == null ? UNDATED : date.toString().substring(0, 7);
    }

    /** The Parquet tables as a Markdown list: table, then each column with its Spark type and comment. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        for (String t : TABLES) {
            md.append("- `").append(t).append("/month=YYYY-MM/*.parquet`: ")
                    .append(StoreSchema.current().table(t).comment()).append('\n');
            for (StoreSchema.Column c : StoreSchema.current().table(t).columns()) {
                md.append("  - `").append(c.name()).append("` ").append(type(c.type()).simpleString());
                md.append(c.comment().isEmpty() ? "" : ": " + c.comment()).append('\n');
            }
            if (t.equals("events")) {
                md.append("  - `").append(MENTION_COUNT).append("` bigint: Parquet only, the number of event_mentions"
                        + " rows of the event (the store counts them when queried)\n");
            }
        }
        return md.toString();
    }
}
