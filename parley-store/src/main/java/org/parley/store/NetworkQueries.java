package org.parley.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Dyads: who acts on whom, how often, and how cooperatively (mean Goldstein), busiest first.
 * Filters are a {@link Where} over {@code events e} ({@link EventQueries#onEvents}); paging is a
 * keyset over {@link #ORDER}, whose cursor for an edge is {@link #cursor}.
 */
public final class NetworkQueries {

    public static final OrderBy ORDER = OrderBy.desc("COUNT(*)").thenAsc("e.source_code").thenAsc("e.target_code");

    /** A directed edge between two actor codes. */
    public record Edge(String source, String sourceCountry, String target, String targetCountry, long events,
                       double meanGoldstein) {
    }

    private final Database db;

    public NetworkQueries(Database db) {
        this.db = db;
    }

    public List<Edge> find(Where filter, Page page) {
        Where w = new Where().and(filter).and("e.source_code IS NOT NULL").and("e.target_code IS NOT NULL");
        Where having = ORDER.after(page.after());
        List<Object> args = new ArrayList<>(w.args());
        args.addAll(having.args());
        return db.query("querying the network", "SELECT e.source_code, MAX(e.source_country), e.target_code,"
                + " MAX(e.target_country), COUNT(*), AVG(e.goldstein) FROM events e " + w.sql()
                + " GROUP BY e.source_code, e.target_code " + having.clause("HAVING") + " " + ORDER.sql()
                + " LIMIT " + page.limit(), args, rs -> new Edge(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getDouble(6)));
    }

    public static List<Object> cursor(Edge e) {
        return List.of(e.events(), e.source(), e.target());
    }
}
