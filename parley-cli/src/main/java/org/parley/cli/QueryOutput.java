package org.parley.cli;

import picocli.CommandLine.Option;

/**
 * {@code --limit} and {@code --format} for the commands that query the store: a table for a
 * person at a terminal, JSON or CSV for programs and spreadsheets.
 */
final class QueryOutput {

    enum Format { table, json, csv }

    @Option(names = "--limit", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    QueryOutput(int defaultLimit) {
        this.limit = defaultLimit;
    }

    /** Rejects a limit below one, as a usage error. */
    int limit() {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        return limit;
    }
}
