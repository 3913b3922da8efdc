package org.parley.store.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.parley.store.JdbcEventStore;
import org.parley.store.StoreException;

/**
 * A fixed set of read-only-by-use connections to one store, lent to one query at a time, so that
 * many requests read at once. DuckDB shares one database between the connections of a process
 * (a writer's commits are seen at the next query); PostgreSQL gets one session per connection.
 */
public final class ReadPool implements AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final String description;

    private ReadPool(String url, int size, String description) throws SQLException {
        this.idle = new ArrayBlockingQueue<>(size);
        this.description = description;
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(true);
            all.add(c);
            idle.add(c);
        }
    }

    /**
     * Opens {@code size} connections to the store at {@code location} (a {@code jdbc:} URL or a
     * DuckDB file), creating its schema first if the store is new.
     */
    public static ReadPool open(String location, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        // Opening the store once creates (or upgrades) the schema the queries expect.
        JdbcEventStore.open(location).close();
        String url = location.startsWith("jdbc:") ? location : "jdbc:duckdb:" + Path.of(location).toAbsolutePath();
        if (!location.startsWith("jdbc:") && !Files.exists(Path.of(location))) {
            throw new StoreException("no store at " + location, null);
        }
        try {
            return new ReadPool(url, size, location);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + size + " read connections to " + location + ": " + e.getMessage(), e);
        }
    }

    /** Reads one row of a result. */
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with bound {@code args} and reads every row. */
    public <T> List<T> list(String sql, List<Object> args, RowReader<T> reader, String what) {
        Connection c = borrow();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setObject(i + 1, args.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("querying " + what + ": " + e.getMessage(), e);
        } finally {
            idle.add(c);
        }
    }

    private Connection borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + description, e);
        }
    }

    public String describe() {
        return description;
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing more to do with this connection
            }
        }
    }

    static Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    static java.time.LocalDate date(ResultSet rs, int i) throws SQLException {
        java.sql.Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }
}
