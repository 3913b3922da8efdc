package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's schema as {@code schema.sql} declares it: its version, its statements, and its
 * tables with their columns, types and comments. Code that must agree with the store (the
 * migration check here, Parquet writers, API documentation) reads the tables from here rather
 * than repeating them.
 */
public final class StoreSchema {

    /** A column: its name, its SQL type as declared, and what it holds. */
    public record Column(String name, String type, String comment) {
    }

    /** A table: its name, what a row is, and its columns in order. */
    public record Table(String name, String comment, List<Column> columns) {

        public Table {
            columns = List.copyOf(columns);
        }

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private static final String RESOURCE = "schema.sql";
    private static final Pattern VERSION = Pattern.compile("^-- schema version: (\\d+)$", Pattern.MULTILINE);
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE TABLE (\\w+) \\($");
    /** A column line: name, type (upper-case words), optional PRIMARY KEY, optional comma, optional comment. */
    private static final Pattern COLUMN = Pattern.compile(
            "^\\s+([a-z_]+) ([A-Z][A-Z ]*?)( PRIMARY KEY)?,?\\s*(?:--\\s*(.*))?$");

    private static final StoreSchema CURRENT = parse(read(RESOURCE));

    private final int version;
    private final List<String> statements;
    private final List<Table> tables;

    private StoreSchema(int version, List<String> statements, List<Table> tables) {
        this.version = version;
        this.statements = List.copyOf(statements);
        this.tables = List.copyOf(tables);
    }

    /** The schema this build of Parley writes. */
    public static StoreSchema current() {
        return CURRENT;
    }

    public int version() {
        return version;
    }

    /** The tables in the order schema.sql declares them. */
    public List<Table> tables() {
        return tables;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name + " in " + RESOURCE));
    }

    /** The DDL that creates the schema in an empty store, one statement each, comments removed. */
    List<String> statements() {
        return statements;
    }

    /** A resource beside this class as text (schema.sql, migrations/N.sql), or an error naming it. */
    static String read(String resource) {
        try (InputStream in = StoreSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/parley/store/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading org/parley/store/" + resource, e);
        }
    }

    /** The statements of an SQL script: {@code --} comments removed, split at {@code ;}. */
    static List<String> statementsOf(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            sql.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String s : sql.toString().split(";")) {
            String statement = s.strip().replaceAll("\\s+", " ");
            if (!statement.isEmpty()) {
                out.add(statement);
            }
        }
        return out;
    }

    static StoreSchema parse(String script) {
        Matcher v = VERSION.matcher(script);
        if (!v.find()) {
            throw new IllegalStateException(RESOURCE + " does not say its version (\"-- schema version: N\")");
        }
        List<Table> tables = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        String[] lines = script.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher create = CREATE_TABLE.matcher(lines[i]);
            if (create.matches()) {
                List<Column> columns = new ArrayList<>();
                for (i++; !lines[i].startsWith(")"); i++) {
                    Matcher c = COLUMN.matcher(lines[i]);
                    if (c.matches() && !lines[i].strip().startsWith("PRIMARY KEY")) {
                        columns.add(new Column(c.group(1), c.group(2), c.group(4) == null ? "" : c.group(4).strip()));
                    } else if (!lines[i].strip().startsWith("PRIMARY KEY")) {
                        throw new IllegalStateException(RESOURCE + ": not a column line in table " + create.group(1)
                                + ": " + lines[i].strip());
                    }
                }
                tables.add(new Table(create.group(1), String.join(" ", comment), columns));
            }
            comment = lines[i].startsWith("-- ") ? append(comment, lines[i].substring(3).strip()) : new ArrayList<>();
        }
        return new StoreSchema(Integer.parseInt(v.group(1)), statementsOf(script), tables);
    }

    private static List<String> append(List<String> lines, String line) {
        lines.add(line);
        return lines;
    }
}
