package org.parley.store.read;

import java.time.LocalDate;
import java.util.List;

/** What the store holds: table sizes, distinct actors and the dates the events span. */
public final class StatsReads {

    /** Sizes and date range. */
    public record Stats(long documents, long events, long mentions, long quotes, long stances, long failures,
                        long actors, LocalDate firstEvent, LocalDate lastEvent) {
    }

    private final ReadPool pool;

    public StatsReads(ReadPool pool) {
        this.pool = pool;
    }

    public Stats stats() {
        return pool.list("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events),"
                + " (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM stances),"
                + " (SELECT COUNT(*) FROM failures), (SELECT COUNT(code) FROM (SELECT source_code AS code FROM events"
                + " UNION SELECT target_code FROM events) a), (SELECT MIN(date) FROM events), (SELECT MAX(date) FROM events)",
                List.of(), rs -> new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), ReadPool.date(rs, 8), ReadPool.date(rs, 9)), "stats").get(0);
    }
}
