package org.parley.store.read;

import java.util.ArrayList;
import java.util.List;

/** Dyads: who acts on whom, how often, and how cooperatively (mean Goldstein), busiest first. */
public final class NetworkReads {

    private static final List<Keyset.Key> ORDER = List.of(Keyset.desc("n"), Keyset.asc("source"), Keyset.asc("target"));

    /** A directed edge between two actor codes. */
    public record Edge(String source, String sourceCountry, String target, String targetCountry, long events,
                       double meanGoldstein) {
    }

    private final ReadPool pool;

    public NetworkReads(ReadPool pool) {
        this.pool = pool;
    }

    public Page<Edge> page(Filters f, int limit, String cursor) {
        Where inner = Where.events(f).always("e.source_code IS NOT NULL").always("e.target_code IS NOT NULL");
        Where page = new Where();
        Cursor after = Cursor.decode(cursor, 3);
        if (after != null) {
            Keyset.after(page, ORDER, List.of(after.getLong(0), after.get(1), after.get(2)));
        }
        List<Object> args = new ArrayList<>(inner.args());
        args.addAll(page.args());
        args.add(limit + 1);
        List<Edge> rows = pool.list("SELECT source, source_country, target, target_country, n, g FROM (SELECT"
                + " e.source_code AS source, MAX(e.source_country) AS source_country, e.target_code AS target,"
                + " MAX(e.target_country) AS target_country, COUNT(*) AS n, AVG(e.goldstein) AS g FROM events e"
                + inner.sql() + " GROUP BY e.source_code, e.target_code) d" + page.sql() + Keyset.orderBy(ORDER)
                + " LIMIT ?", args, rs -> new Edge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getDouble(6)), "the network");
        return Page.of(rows, limit, e -> Cursor.of(e.events(), e.source(), e.target()));
    }
}
