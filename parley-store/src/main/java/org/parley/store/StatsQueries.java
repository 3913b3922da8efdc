package org.parley.store;

import java.time.LocalDate;
import java.util.List;

/** What the store holds: table sizes, distinct actors and the dates the events span. */
public final class StatsQueries {

    /** Table sizes and the date range of the events. */
    public record Stats(long documents, long events, long mentions, long quotes, long stances, long failures,
                        long actors, LocalDate firstEvent, LocalDate lastEvent) {
    }

    private final Database db;

    public StatsQueries(Database db) {
        this.db = db;
    }

    public Stats stats() {
        EventStore.Counts n = new DocumentQueries(db).counts();
        return db.query("reading the stats", "SELECT (SELECT COUNT(code) FROM (SELECT source_code AS code FROM events"
                + " UNION SELECT target_code FROM events) a), (SELECT MIN(date) FROM events), (SELECT MAX(date) FROM events)",
                List.of(), rs -> new Stats(n.documents(), n.events(), n.mentions(), n.quotes(), n.stances(), n.failures(),
                        rs.getLong(1), Database.date(rs, 2), Database.date(rs, 3))).get(0);
    }
}
