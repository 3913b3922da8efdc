package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Actors by how many events name them (either side), with the first and last day they were seen.
 * The events that count are those matching a {@link Where} over {@code events e}
 * ({@link EventQueries#onEvents}); paging is a keyset over {@link #ORDER}.
 */
public final class ActorActivityQueries {

    public static final OrderBy ORDER = OrderBy.desc("COUNT(*)").thenAsc("code");

    /** An actor code, its country, its event count and the span of dates it appears in. */
    public record ActorItem(String code, String country, long events, LocalDate firstSeen, LocalDate lastSeen) {
    }

    private final Database db;

    public ActorActivityQueries(Database db) {
        this.db = db;
    }

    /** Actors matching {@code actor} (code prefix or country; null: all) named by the events matching {@code events}. */
    public List<ActorItem> find(Where events, String actor, Page page) {
        String sides = "SELECT e.source_code AS code, e.source_country AS country, e.date AS day FROM events e "
                + events.sql() + " UNION ALL SELECT e.target_code, e.target_country, e.date FROM events e " + events.sql();
        Where named = new Where().and("code IS NOT NULL").actor(actor, "code", "country");
        Where having = ORDER.after(page.after());
        List<Object> args = new ArrayList<>(events.args());
        args.addAll(events.args());
        args.addAll(named.args());
        args.addAll(having.args());
        return db.query("querying actors", "SELECT code, MAX(country), COUNT(*), MIN(day), MAX(day) FROM (" + sides
                + ") a " + named.sql() + " GROUP BY code " + having.clause("HAVING") + " " + ORDER.sql() + " LIMIT "
                + page.limit(), args, rs -> new ActorItem(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Database.date(rs, 4), Database.date(rs, 5)));
    }

    public static List<Object> cursor(ActorItem a) {
        return List.of(a.events(), a.code());
    }
}
