package org.parley.store.read;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A WHERE clause built from conditions with bound parameters: user input only ever reaches the
 * database as a parameter, never as SQL text.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    /** Adds {@code condition} (SQL with {@code ?} for each arg) when {@code value} is not null. */
    public Where and(String condition, Object value, Object... args) {
        if (value != null) {
            conditions.add(condition);
            Collections.addAll(this.args, args);
        }
        return this;
    }

    /** Adds a condition unconditionally. */
    public Where always(String condition, Object... args) {
        conditions.add(condition);
        Collections.addAll(this.args, args);
        return this;
    }

    /** " WHERE a AND b", or "" with no condition. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public List<Object> args() {
        return List.copyOf(args);
    }

    /** A LIKE pattern that matches values starting with {@code prefix} (its own % and _ taken literally). */
    public static String prefix(String prefix) {
        return escape(prefix) + "%";
    }

    /** A LIKE pattern that matches values containing {@code words}, lower-cased. */
    public static String contains(String words) {
        return "%" + escape(words.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** The event filters on an events table aliased {@code e} (text: any mention's sentence). */
    static Where events(Filters f) {
        Where w = new Where();
        w.and("(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\' OR e.source_country = ?"
                + " OR e.target_country = ?)", f.actor(), like(f.actor()), like(f.actor()), f.actor(), f.actor());
        w.and("(e.source_code LIKE ? ESCAPE '\\' OR e.source_country = ?)", f.source(), like(f.source()), f.source());
        w.and("(e.target_code LIKE ? ESCAPE '\\' OR e.target_country = ?)", f.target(), like(f.target()), f.target());
        w.and("e.cameo LIKE ? ESCAPE '\\'", f.cameo(), like(f.cameo()));
        w.and("e.plover = ?", f.plover(), f.plover());
        w.and("e.date >= ?", f.from(), date(f.from()));
        w.and("e.date <= ?", f.to(), date(f.to()));
        w.and("(LOWER(e.location) = LOWER(?) OR e.location_country = ?)", f.location(), f.location(), f.location());
        w.and("EXISTS (SELECT 1 FROM event_mentions t WHERE t.event_id = e.event_id"
                + " AND LOWER(t.sentence_text) LIKE ? ESCAPE '\\')", f.text(), f.text() == null ? null : contains(f.text()));
        return w;
    }

    private static String like(String prefix) {
        return prefix == null ? null : prefix(prefix);
    }
}
