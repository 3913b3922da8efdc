package org.parley.store;

import java.util.List;

/**
 * Counts the actors that stored events name. Filters are a {@link Where} over {@code code} and
 * {@code country} (either side of an event).
 */
public final class ActorQueries {

    private static final String NAMED = "(SELECT source_code AS code, source_country AS country FROM events"
            + " UNION ALL SELECT target_code, target_country FROM events) a";

    private final Database db;

    public ActorQueries(Database db) {
        this.db = db;
    }

    /** Actors by how many stored events name them (as source or target), optionally by code prefix or country. */
    public List<EventStore.ActorCount> find(String actor, int limit) {
        return find(new Where().actor(actor, "code", "country"), limit);
    }

    /** The {@code limit} actors matching {@code filter} that the most events name, then by code. */
    public List<EventStore.ActorCount> find(Where filter, int limit) {
        Where w = new Where().and("code IS NOT NULL").and(filter);
        String sql = "SELECT code, country, COUNT(*) AS n FROM " + NAMED + " " + w.sql()
                + " GROUP BY code, country ORDER BY n DESC, code LIMIT " + limit;
        return db.query("querying actors", sql, w.args(),
                rs -> new EventStore.ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }
}
