package org.parley.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The conditions of a query, joined with AND, and their parameters. Values are always bound
 * ({@code ?}), never written into the SQL; column names come from code, never from users.
 * Each filter method skips a null value, so optional filters chain without ifs:
 *
 * <pre>{@code
 * Where w = new Where().prefix("e.cameo", cameo).atLeast("e.date", from).atMost("e.date", to);
 * String sql = "SELECT ... FROM events e " + w.sql() + " ORDER BY ...";
 * db.query("querying events", sql, w.args(), reader);
 * }</pre>
 */
public final class Where {

    /** Escapes LIKE's wildcards in a value, so that user input matches literally. */
    private static final char ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    /**
     * Adds a condition with {@code ?} placeholders and their values, in order. For what the
     * other methods do not express; the caller decides whether it applies.
     */
    public Where and(String condition, Object... values) {
        long placeholders = condition.chars().filter(ch -> ch == '?').count();
        if (placeholders != values.length) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + values.length + " values in: "
                    + condition);
        }
        conditions.add(condition);
        Collections.addAll(args, values);
        return this;
    }

    /** Adds every condition of {@code other}. */
    public Where and(Where other) {
        conditions.addAll(other.conditions);
        args.addAll(other.args);
        return this;
    }

    /** {@code column = value}. */
    public Where equal(String column, Object value) {
        return value == null ? this : and(column + " = ?", value);
    }

    /** {@code column} starts with {@code prefix} (case-sensitive; wildcards in the prefix match literally). */
    public Where prefix(String column, String prefix) {
        return prefix == null ? this : like(column, escape(prefix) + "%");
    }

    /** {@code column} contains {@code text}, ignoring case. */
    public Where containsIgnoringCase(String column, String text) {
        return text == null ? this : like("LOWER(" + column + ")", "%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
    }

    /** {@code column >= value}. */
    public Where atLeast(String column, Object value) {
        return value == null ? this : and(column + " >= ?", value);
    }

    /** {@code column <= value}. */
    public Where atMost(String column, Object value) {
        return value == null ? this : and(column + " <= ?", value);
    }

    /**
     * An actor filter as every Parley query reads one: an actor code prefix or a country
     * ("RUS" matches RUS, RUSGOV, RUSMIL and actors whose country is RUS).
     */
    public Where actor(String actor, String codeColumn, String countryColumn) {
        return anyOf(new Where().prefix(codeColumn, actor), new Where().equal(countryColumn, actor));
    }

    /** The alternatives joined with OR, as one condition; alternatives without conditions are left out. */
    public Where anyOf(Where... alternatives) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Where w : alternatives) {
            if (!w.isEmpty()) {
                parts.add(w.conditions.size() == 1 ? w.conditions.get(0) : "(" + String.join(" AND ", w.conditions) + ")");
                values.addAll(w.args);
            }
        }
        if (!parts.isEmpty()) {
            conditions.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")");
            args.addAll(values);
        }
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** {@code "WHERE a AND b"}, or {@code ""} without conditions. */
    public String sql() {
        return clause("WHERE");
    }

    /** The conditions after {@code keyword} ({@code "HAVING"}, or {@code "AND"} to extend a WHERE), or {@code ""}. */
    public String clause(String keyword) {
        return isEmpty() ? "" : keyword + " " + String.join(" AND ", conditions);
    }

    /** The values to bind, in placeholder order. */
    public List<Object> args() {
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return sql() + " " + args;
    }

    private Where like(String expression, String pattern) {
        // ESCAPE only where needed: DuckDB plans a plain LIKE 'x%' as a fast prefix test.
        boolean escaped = pattern.indexOf(ESCAPE) >= 0;
        return and(expression + " LIKE ?" + (escaped ? " ESCAPE '" + ESCAPE + "'" : ""), pattern);
    }

    private static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(ch);
        }
        return b.toString();
    }
}
