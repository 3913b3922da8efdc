package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One JDBC connection to a store (a DuckDB file or a PostgreSQL URL) and the only place that
 * commits or rolls back: every read and write runs through {@link #inTransaction}. Calls are
 * serialized, so one store may be shared by threads (ingest stores from one thread; a server
 * may query from several).
 */
public final class Database implements AutoCloseable {

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final String description;
    private final boolean duckDb;
    private final boolean readOnly;

    private Database(Connection connection, String description, boolean duckDb, boolean readOnly) {
        this.connection = connection;
        this.description = description;
        this.duckDb = duckDb;
        this.readOnly = readOnly;
    }

    /**
     * Connects to {@code location}: a {@code jdbc:} URL, or a file path for DuckDB (its
     * directory is created). The schema is not touched here; see {@link SchemaMigrations}.
     */
    static Database connect(String location) throws SQLException, IOException {
        return connect(location, false);
    }

    /**
     * Connects to {@code location}; with {@code readOnly}, a DuckDB file is opened read-only
     * (several processes may read it; none may write it meanwhile) and its directory is not created.
     */
    static Database connect(String location, boolean readOnly) throws SQLException, IOException {
        if (location.startsWith("jdbc:")) {
            Connection c = DriverManager.getConnection(location);
            c.setAutoCommit(false);
            return new Database(c, location.replaceAll("password=[^&]*", "password=***"),
                    location.startsWith("jdbc:duckdb:"), false);
        }
        Path file = Path.of(location).toAbsolutePath();
        if (!readOnly && file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        java.util.Properties p = new java.util.Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, p);
        c.setAutoCommit(false);
        return new Database(c, "DuckDB " + file + (readOnly ? " (read-only)" : ""), true, readOnly);
    }

    /** Whether this connection may not write (a DuckDB file opened read-only). */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** A description for messages ("DuckDB /home/me/.local/share/parley/parley.duckdb"), without passwords. */
    public String describe() {
        return description;
    }

    /** Whether the store is DuckDB, whose SQL can do more (Parquet, ranges) than the portable subset. */
    public boolean isDuckDb() {
        return duckDb;
    }

    /**
     * Runs {@code work} as one transaction: committed when it returns, rolled back when it
     * throws. A {@link SQLException} becomes a {@link StoreException} saying {@code what} failed.
     */
    public synchronized <T> T inTransaction(String what, Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** The rows of a SELECT with bound parameters ({@code args} in order, see {@link #bind}). */
    public <T> List<T> query(String what, String sql, List<Object> args, RowReader<T> reader) {
        return inTransaction(what, c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, args);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Binds parameters in order; a {@link LocalDate} becomes an SQL DATE, null an untyped NULL. */
    public static void bind(PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            st.setObject(i + 1, a instanceof LocalDate d ? Date.valueOf(d) : a);
        }
    }

    /** A DATE column as a {@link LocalDate}, or null. */
    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** A DOUBLE column that may be NULL. */
    public static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + description + ": " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original error is the one worth reporting
        }
    }
}
