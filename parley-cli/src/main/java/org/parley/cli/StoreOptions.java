package org.parley.cli;

import picocli.CommandLine.Option;

import org.parley.store.JdbcEventStore;
import org.parley.store.StoreLocation;

/** {@code --db PATH|jdbc:postgresql://...}: which store to use (default: DuckDB in the user's data directory). */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "A DuckDB file, or jdbc:postgresql://host/db?user=...; default $PARLEY_DB or "
                    + "~/.local/share/parley/parley.duckdb.")
    String db;

    /** The store, created if absent and upgraded if older: for commands that write. */
    JdbcEventStore open() {
        return JdbcEventStore.open(location());
    }

    /**
     * A store that exists, for commands that only read: a DuckDB file is opened read-only (so
     * a read-only file can be queried) and a missing one is an error naming the path, not a new
     * empty store.
     */
    JdbcEventStore openExisting() {
        return JdbcEventStore.openExisting(location());
    }

    private String location() {
        return db != null ? db : StoreLocation.defaultLocation();
    }
}
