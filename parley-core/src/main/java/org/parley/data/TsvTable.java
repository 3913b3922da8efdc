package org.parley.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of Parley's data files: UTF-8, tab-separated, {@code #} comment lines, a header line,
 * then rows. Cells are addressed by column name; a missing column or a short row is an error
 * naming the file and line, so a broken data file fails at start-up with a message that says
 * where to look. An empty cell or {@code -} reads as absent.
 */
public final class TsvTable {

    /** One data row. */
    public record Row(String source, int line, Map<String, Integer> columns, String[] cells) {

        /** The cell, or null when empty or {@code -}. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new DataFileException(source + ": no column '" + column + "' (have " + columns.keySet() + ")");
            }
            String v = i < cells.length ? cells[i].strip() : "";
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        /** The cell, which must be present. */
        public String require(String column) {
            String v = get(column);
            if (v == null) {
                throw error("empty required column '" + column + "'");
            }
            return v;
        }

        /** A {@code |}-separated list cell; empty when the cell is absent. */
        public List<String> list(String column) {
            String v = get(column);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
            return out;
        }

        public DataFileException error(String message) {
            return new DataFileException(source + ":" + line + ": " + message);
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /** Reads a table from the classpath, failing with the resource name when it is missing. */
    public static TsvTable resource(String path) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DataFileException("data file missing from the classpath: " + path
                    + " (is parley-core's jar complete? rebuild with the README's command)");
        }
        return read(path, in);
    }

    public static TsvTable read(String source, InputStream in) {
        Objects.requireNonNull(in, source);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            Map<String, Integer> columns = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells);
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].strip(), i);
                    }
                    continue;
                }
                if (cells.length > header.size()) {
                    throw new DataFileException(source + ":" + n + ": " + cells.length + " cells, header has "
                            + header.size() + ": " + Arrays.toString(cells));
                }
                rows.add(new Row(source, n, columns, cells));
            }
            if (header == null) {
                throw new DataFileException(source + ": no header line");
            }
            return new TsvTable(source, header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
