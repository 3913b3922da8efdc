package org.parley.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads what the store holds about documents, and how much it holds. */
public final class DocumentQueries {

    /** The tables {@link #counts} counts, in the order of {@link EventStore.Counts}' fields. */
    private static final List<String> COUNTED = List.of("documents", "events", "event_mentions", "quotes", "stances",
            "failures");

    private final Database db;

    public DocumentQueries(Database db) {
        this.db = db;
    }

    /** Content hashes of the documents already stored, to skip them on a re-run. */
    public Set<String> storedHashes() {
        return new HashSet<>(db.query("reading stored documents", "SELECT hash FROM documents", List.of(),
                rs -> rs.getString(1)));
    }

    /** How many documents, events, event mentions, quotes, stances and failures are stored. */
    public EventStore.Counts counts() {
        // One statement, so that the counts come from one snapshot.
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < COUNTED.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(COUNTED.get(i)).append(")");
        }
        return db.query("counting", sql.toString(), List.of(), rs -> new EventStore.Counts(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).get(0);
    }
}
