package org.parley.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The one printer of the query commands: rows of a record type with declared columns, as a
 * table (for a person), JSON (Jackson on the row records themselves: every field, dates as
 * YYYY-MM-DD) or CSV (RFC 4180, the declared columns, a header, CRLF line ends).
 *
 * @param <T> the row record
 */
final class QueryPrinter<T> {

    /**
     * A declared column.
     *
     * @param name  its CSV header
     * @param width its table width (0: as wide as it is, for the last column)
     * @param value its value in a row (null prints "-" in a table, nothing in CSV)
     */
    record Column<T>(String name, int width, Function<T, Object> value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Column<T>> columns = new ArrayList<>();
    private final String noun;

    /** A printer whose table ends with "N {noun}(s)". */
    QueryPrinter(String noun) {
        this.noun = noun;
    }

    /** Declares the next column. */
    QueryPrinter<T> column(String name, int width, Function<T, Object> value) {
        columns.add(new Column<>(name, width, value));
        return this;
    }

    /** Prints the rows in {@code format}. */
    void print(QueryOutput.Format format, List<T> rows, Writer out) throws IOException {
        switch (format) {
            case json -> out.write(JSON.writeValueAsString(rows) + System.lineSeparator());
            case csv -> {
                CsvWriter csv = new CsvWriter(out);
                csv.write(columns.stream().map(Column::name).toList());
                for (T row : rows) {
                    csv.write(columns.stream().map(c -> c.value().apply(row)).toList());
                }
            }
            default -> {
                out.write(line(columns.stream().map(c -> (Object) c.name()).toList()));
                for (T row : rows) {
                    out.write(line(columns.stream().map(c -> c.value().apply(row)).toList()));
                }
                out.write(rows.size() + " " + noun + "(s)" + System.lineSeparator());
            }
        }
        out.flush();
    }

    /** One table line: each value padded to its column's width, "-" for null, on one line. */
    private String line(List<Object> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String s = v == null ? "-" : OneLine.of(v.toString());
            int width = columns.get(i).width();
            if (width > 0 && s.length() > width) {
                s = s.substring(0, width - 1) + "\u2026";
            }
            b.append(width > 0 && i < values.size() - 1 ? String.format("%-" + width + "s ", s) : s + " ");
        }
        return b.toString().stripTrailing() + System.lineSeparator();
    }
}
