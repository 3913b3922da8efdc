package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.parley.store.JdbcEventStore;
import org.parley.store.StoreSchema;

/**
 * {@code parley load}: the Parquet tables of the Spark job ({@code parley-spark}) into a store,
 * DuckDB or PostgreSQL, so that the query commands and {@code parley serve} work on them. The
 * Parquet is read through an in-memory DuckDB and written through the store's own connection in
 * JDBC batches, one transaction for the whole load. As {@code parley ingest} does, a document
 * already in the store is skipped with all its rows, and an event already there is kept; a
 * failure already recorded (same source and reason) is not recorded twice. An alias (another
 * source of a stored text) is added as {@code parley ingest} adds one: unless the store knows it
 * already (same document, id and source) or it is the stored document's own id and source, and
 * only for a document the store holds. So loading the same output twice adds nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the Parquet tables written by the Spark job (documents, events, event_mentions, quotes, "
                + "stances, actor_mentions, document_aliases, failures; partitioned by month) into the store.",
                "Documents already stored are skipped with their rows; loading twice adds nothing."})
final class LoadCommand implements Callable<Integer> {

    /** The tables in the order they are loaded; the partition column and mention counts are Parquet's own. */
    static final List<String> TABLES = List.of("documents", "events", "event_mentions", "quotes", "stances",
            "actor_mentions", "document_aliases", "failures");

    private static final int BATCH = 5000;

    @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The job's --output directory.")
    Path dir;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("documents"))) {
            throw new UsageException("not the output of the Spark job (no documents/ inside): " + OneLine.of(dir.toString()));
        }
        try (JdbcEventStore db = store.open();
             Connection parquet = DriverManager.getConnection("jdbc:duckdb:")) {
            Set<String> stored = db.storedHashes();
            Map<String, Integer> loaded = new LinkedHashMap<>();
            db.database().inTransaction("loading " + dir, c -> {
                Set<Object> failures = existingFailures(c);
                for (String table : TABLES) {
                    // Known sources are read after documents are loaded: those loaded now are known too.
                    Set<Object> seen = table.equals("document_aliases") ? knownSources(c) : failures;
                    loaded.put(table, hasParquet(dir.resolve(table)) ? load(parquet, c, table, stored, seen) : 0);
                }
                return null;
            });
            System.err.println("parley: loaded " + OneLine.of(dir.toString()) + " into " + OneLine.of(db.describe()) + ": "
                    + loaded.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .reduce((a, b) -> a + ", " + b).orElse("nothing"));
            return Main.OK;
        }
    }

    /**
     * Copies one table's new rows; returns how many. {@code seen}: for failures, those recorded
     * (source and reason); for document_aliases, the sources the store knows ({@link #knownSources}).
     */
    private int load(Connection parquet, Connection target, String table, Set<String> stored, Set<Object> seen)
            throws SQLException {
        List<StoreSchema.Column> columns = StoreSchema.current().table(table).columns();
        List<String> names = columns.stream().map(StoreSchema.Column::name).toList();
        String list = String.join(", ", names);
        String glob = dir.resolve(table).toAbsolutePath() + "/**/*.parquet";
        String read = "SELECT " + list + " FROM read_parquet('" + glob.replace("'", "''")
                + "', hive_partitioning = true, union_by_name = true)";
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")"
                + (table.equals("events") ? " ON CONFLICT DO NOTHING" : "");
        boolean aliases = table.equals("document_aliases");
        int docColumn = aliases ? -1 : names.indexOf(table.equals("documents") ? "hash" : "doc_hash");
        int n = 0;
        try (Statement st = parquet.createStatement(); ResultSet rs = st.executeQuery(read);
             PreparedStatement out = target.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                if (docColumn >= 0 && stored.contains(rs.getString(docColumn + 1))) {
                    continue;
                }
                if (table.equals("failures") && !seen.add(rs.getString(1) + "\n" + rs.getString(2))) {
                    continue;
                }
                if (aliases && (!seen.contains(rs.getString(1)) || !seen.add(Arrays.asList(rs.getString(1),
                        rs.getString(names.indexOf("external_id") + 1), rs.getString(names.indexOf("source") + 1))))) {
                    continue;
                }
                for (int i = 0; i < columns.size(); i++) {
                    copy(rs, out, i + 1, columns.get(i).type());
                }
                out.addBatch();
                if (++pending == BATCH) {
                    n += inserted(out.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                n += inserted(out.executeBatch());
            }
        }
        return n;
    }

    /** Rows a batch inserted: an event already stored counts 0. */
    private static int inserted(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(c, 0);
        }
        return n;
    }

    /** One value from Parquet to the store, by its schema.sql type. */
    private static void copy(ResultSet rs, PreparedStatement out, int i, String type) throws SQLException {
        switch (type) {
            case "INTEGER" -> {
                int v = rs.getInt(i);
                if (rs.wasNull()) {
                    out.setNull(i, Types.INTEGER);
                } else {
                    out.setInt(i, v);
                }
            }
            case "DOUBLE PRECISION" -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) {
                    out.setNull(i, Types.DOUBLE);
                } else {
                    out.setDouble(i, v);
                }
            }
            case "BOOLEAN" -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) {
                    out.setNull(i, Types.BOOLEAN);
                } else {
                    out.setBoolean(i, v);
                }
            }
            case "DATE" -> {
                java.sql.Date v = rs.getDate(i);
                if (v == null) {
                    out.setNull(i, Types.DATE);
                } else {
                    out.setDate(i, v);
                }
            }
            case "TIMESTAMP" -> {
                java.sql.Timestamp v = rs.getTimestamp(i);
                if (v == null) {
                    out.setNull(i, Types.TIMESTAMP);
                } else {
                    out.setTimestamp(i, v);
                }
            }
            default -> out.setString(i, rs.getString(i));
        }
    }

    /**
     * What an alias must not repeat: the hashes of the stored documents, and as lists (hash, id,
     * source) their own ids and sources and those of the aliases stored, as the store's writer
     * checks them ({@code DocumentAliases}).
     */
    private static Set<Object> knownSources(Connection c) throws SQLException {
        Set<Object> seen = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT d.hash, d.external_id, s.source FROM documents d"
                     + " LEFT JOIN document_sources s ON s.doc_hash = d.hash"
                     + " UNION ALL SELECT doc_hash, external_id, source FROM document_aliases")) {
            while (rs.next()) {
                seen.add(rs.getString(1));
                seen.add(Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return seen;
    }

    private static Set<Object> existingFailures(Connection c) throws SQLException {
        Set<Object> seen = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source, reason FROM failures")) {
            while (rs.next()) {
                seen.add(rs.getString(1) + "\n" + rs.getString(2));
            }
        }
        return seen;
    }

    private static boolean hasParquet(Path tableDir) {
        if (!Files.isDirectory(tableDir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(tableDir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UsageException("cannot read " + OneLine.of(tableDir.toString()) + ": " + e.getMessage());
        }
    }
}
