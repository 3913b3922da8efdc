package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Empty stores for tests: a DuckDB file always, and PostgreSQL where {@code PARLEY_TEST_POSTGRES}
 * names a server (CI starts one). Each PostgreSQL store is a fresh schema of that database.
 */
final class TestStores {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private TestStores() {
    }

    /** The backends to test. */
    static Stream<String> backends() {
        String pg = System.getenv("PARLEY_TEST_POSTGRES");
        return pg == null || pg.isBlank() ? Stream.of("duckdb") : Stream.of("duckdb", "postgres");
    }

    /** The location of a new, empty store of {@code backend}. */
    static String location(String backend, Path dir, String name) {
        if (backend.equals("duckdb")) {
            return dir.resolve(name + ".duckdb").toString();
        }
        String url = System.getenv("PARLEY_TEST_POSTGRES");
        String schema = "t_" + name.replaceAll("\\W", "_") + "_" + ProcessHandle.current().pid() + "_"
                + SCHEMAS.incrementAndGet();
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs statements on a store's own connection (a DuckDB file or a JDBC URL), committed. */
    static void execute(String location, String... statements) {
        String url = location.startsWith("jdbc:") ? location : "jdbc:duckdb:" + location;
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test store " + location + ": " + e.getMessage(), e);
        }
    }
}
