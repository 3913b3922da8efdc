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

    JdbcEventStore open() {
        return JdbcEventStore.open(db != null ? db : StoreLocation.defaultLocation());
    }
}
