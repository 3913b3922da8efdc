package org.parley.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads merged events, each with its number of mentions and an example sentence. Filters are a
 * {@link Where} over {@code events e} joined with {@code event_mentions m} (before grouping, so
 * a filter on {@code m} also narrows the mentions counted); paging is a keyset over
 * {@link #ORDER}, whose cursor for a row is {@link #cursor}.
 */
public final class EventQueries {

    /** Most recent first (undated last), the most reported first within a date; the event id breaks ties. */
    public static final OrderBy ORDER = OrderBy.desc("e.date").thenDesc("COUNT(*)").thenAsc("e.event_id");

    private static final String COLUMNS = "e.event_id, e.date, e.source_code, e.source_country, e.target_code,"
            + " e.target_country, e.cameo, e.plover, e.goldstein, e.quad, e.location, e.location_country, e.lat, e.lon";
    private static final String FROM = "FROM events e JOIN event_mentions m ON m.event_id = e.event_id";

    private final Database db;

    public EventQueries(Database db) {
        this.db = db;
    }

    /** Events matching the query, most recent first. */
    public List<EventRow> find(EventQuery q) {
        return find(filter(q), Page.first(q.limit()));
    }

    /** A page of the events matching {@code filter}, in {@link #ORDER}. */
    public List<EventRow> find(Where filter, Page page) {
        // The cursor compares the mention count, an aggregate: it goes in HAVING.
        Where having = ORDER.after(page.after());
        String sql = "SELECT " + COLUMNS + ", COUNT(*) AS n, MIN(m.sentence_text) AS example " + FROM + " "
                + filter.sql() + " GROUP BY " + COLUMNS + " " + having.clause("HAVING") + " " + ORDER.sql()
                + " LIMIT " + page.limit();
        List<Object> args = new ArrayList<>(filter.args());
        args.addAll(having.args());
        return db.query("querying events", sql, args, rs -> new EventRow(rs.getString(1), Database.date(rs, 2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getDouble(9), rs.getInt(10), rs.getString(11), rs.getString(12), Database.nullableDouble(rs, 13),
                Database.nullableDouble(rs, 14), rs.getInt(15), rs.getString(16)));
    }

    /** The cursor after {@code row}: its values of {@link #ORDER}'s keys. */
    public static List<Object> cursor(EventRow row) {
        return Arrays.asList(row.date(), row.mentions(), row.eventId());
    }

    /** The filters of an {@link EventQuery} (its limit aside). */
    public static Where filter(EventQuery q) {
        Where w = new Where()
                .anyOf(new Where().actor(q.actor(), "e.source_code", "e.source_country"),
                        new Where().actor(q.actor(), "e.target_code", "e.target_country"))
                .actor(q.source(), "e.source_code", "e.source_country")
                .actor(q.target(), "e.target_code", "e.target_country")
                .prefix("e.cameo", q.cameo())
                .equal("e.plover", q.plover())
                .atLeast("e.date", q.from())
                .atMost("e.date", q.to());
        if (q.location() != null) {
            w.and("(LOWER(e.location) = LOWER(?) OR e.location_country = ?)", q.location(), q.location());
        }
        return w.containsIgnoringCase("m.sentence_text", q.text());
    }
}
