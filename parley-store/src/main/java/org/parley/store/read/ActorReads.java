package org.parley.store.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Actors by how many events name them, with the first and last day they were seen acting or acted on. */
public final class ActorReads {

    private static final List<Keyset.Key> ORDER = List.of(Keyset.desc("n"), Keyset.asc("code"));

    /** An actor code, its country, its event count and the span of dates it appears in. */
    public record ActorItem(String code, String country, long events, LocalDate firstSeen, LocalDate lastSeen) {
    }

    private final ReadPool pool;

    public ActorReads(ReadPool pool) {
        this.pool = pool;
    }

    /**
     * Filters used: actor (code prefix or country of the listed actor); the event filters
     * cameo, plover, from, to, location and text choose the events that count.
     */
    public Page<ActorItem> page(Filters f, int limit, String cursor) {
        Filters events = new Filters(null, null, null, f.cameo(), f.plover(), f.from(), f.to(), f.location(), f.text(), null);
        Where inner = Where.events(events);
        Where outer = new Where().always("code IS NOT NULL");
        outer.and("(code LIKE ? ESCAPE '\\' OR country = ?)", f.actor(),
                f.actor() == null ? null : Where.prefix(f.actor()), f.actor());
        Where page = new Where();
        Cursor after = Cursor.decode(cursor, 2);
        if (after != null) {
            Keyset.after(page, ORDER, List.of(after.getLong(0), after.get(1)));
        }
        String sides = "SELECT e.source_code AS code, e.source_country AS country, e.date AS day FROM events e" + inner.sql()
                + " UNION ALL SELECT e.target_code, e.target_country, e.date FROM events e" + inner.sql();
        List<Object> args = new ArrayList<>(inner.args());
        args.addAll(inner.args());
        args.addAll(outer.args());
        args.addAll(page.args());
        args.add(limit + 1);
        List<ActorItem> rows = pool.list("SELECT code, country, n, first_seen, last_seen FROM (SELECT code, MAX(country)"
                + " AS country, COUNT(*) AS n, MIN(day) AS first_seen, MAX(day) AS last_seen FROM (" + sides + ") a"
                + outer.sql() + " GROUP BY code) c" + page.sql() + Keyset.orderBy(ORDER) + " LIMIT ?", args,
                rs -> new ActorItem(rs.getString(1), rs.getString(2), rs.getLong(3), ReadPool.date(rs, 4),
                        ReadPool.date(rs, 5)), "actors");
        return Page.of(rows, limit, a -> Cursor.of(a.events(), a.code()));
    }
}
