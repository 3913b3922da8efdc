package org.parley.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A sort order, written once for both its ORDER BY clause and the keyset condition that pages
 * through it ({@link #after}). Nulls sort last in either direction, on DuckDB and PostgreSQL
 * alike. For paging, the last key must make the order total (end with a unique column).
 *
 * <pre>{@code
 * OrderBy order = OrderBy.desc("e.date").thenAsc("e.event_id");
 * Where w = filters.and(order.after(List.of(lastDate, lastId)));   // the next page
 * String sql = "SELECT ... " + w.sql() + " " + order.sql() + " LIMIT " + limit;
 * }</pre>
 */
public final class OrderBy {

    private record Key(String expression, boolean descending) {
    }

    private final List<Key> keys;

    private OrderBy(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public static OrderBy asc(String expression) {
        return new OrderBy(List.of(new Key(expression, false)));
    }

    public static OrderBy desc(String expression) {
        return new OrderBy(List.of(new Key(expression, true)));
    }

    public OrderBy thenAsc(String expression) {
        return then(new Key(expression, false));
    }

    public OrderBy thenDesc(String expression) {
        return then(new Key(expression, true));
    }

    /** How many values a cursor for this order holds. */
    public int size() {
        return keys.size();
    }

    /** {@code "ORDER BY a DESC NULLS LAST, b ASC NULLS LAST"}. */
    public String sql() {
        List<String> parts = new ArrayList<>();
        for (Key k : keys) {
            parts.add(k.expression() + (k.descending() ? " DESC" : " ASC") + " NULLS LAST");
        }
        return "ORDER BY " + String.join(", ", parts);
    }

    /**
     * The rows that come strictly after a row whose keys were {@code last} (one value per key,
     * nulls allowed): the keyset cursor of the next page. An empty condition for a null cursor.
     * Put it in WHERE, or in HAVING where a key is an aggregate.
     */
    public Where after(List<?> last) {
        if (last == null) {
            return new Where();
        }
        if (last.size() != keys.size()) {
            throw new IllegalArgumentException("a cursor for " + sql() + " has " + keys.size() + " values, not "
                    + last.size());
        }
        List<Object> args = new ArrayList<>();
        String condition = after(0, last, args);
        return new Where().and(condition, args.toArray());
    }

    /** Keys from {@code i} on: past the cursor at key i, or equal there and past it on the rest. */
    private String after(int i, List<?> last, List<Object> args) {
        Key k = keys.get(i);
        Object v = last.get(i);
        boolean lastKey = i == keys.size() - 1;
        if (v == null) {
            // Nulls are last: only rows with a null here can follow, and only by the later keys.
            return lastKey ? "1 = 0" : "(" + k.expression() + " IS NULL AND " + after(i + 1, last, args) + ")";
        }
        String past = k.expression() + (k.descending() ? " < ?" : " > ?") + " OR " + k.expression() + " IS NULL";
        args.add(v);
        if (lastKey) {
            return "(" + past + ")";
        }
        String condition = "(" + past + " OR (" + k.expression() + " = ? AND ";
        args.add(v);
        return condition + after(i + 1, last, args) + "))";
    }

    private OrderBy then(Key key) {
        List<Key> more = new ArrayList<>(keys);
        more.add(key);
        return new OrderBy(more);
    }
}
