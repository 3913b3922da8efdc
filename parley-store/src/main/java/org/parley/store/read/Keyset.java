package org.parley.store.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The condition "after this row" for a keyset page over sort keys, each ascending or descending:
 * {@code (a < ? OR (a = ? AND (b > ? ...)))}. The keys must order rows totally.
 */
final class Keyset {

    /** One sort key: a SQL expression and its direction. */
    record Key(String expression, boolean ascending) {
    }

    static Key asc(String expression) {
        return new Key(expression, true);
    }

    static Key desc(String expression) {
        return new Key(expression, false);
    }

    /** Adds to {@code where} the condition that a row sorts after the one whose keys were {@code values}. */
    static void after(Where where, List<Key> keys, List<Object> values) {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException("cursor is not a token this server gave out");
        }
        List<Object> args = new ArrayList<>();
        where.always(condition(keys, values, 0, args), args.toArray());
    }

    private static String condition(List<Key> keys, List<Object> values, int i, List<Object> args) {
        Key k = keys.get(i);
        String op = k.ascending() ? " > ?" : " < ?";
        args.add(values.get(i));
        if (i == keys.size() - 1) {
            return k.expression() + op;
        }
        String strict = k.expression() + op;
        args.add(values.get(i));
        String equal = k.expression() + " = ?";
        return "(" + strict + " OR (" + equal + " AND " + condition(keys, values, i + 1, args) + "))";
    }

    /** "ORDER BY a DESC, b ASC". */
    static String orderBy(List<Key> keys) {
        List<String> parts = new ArrayList<>();
        for (Key k : keys) {
            parts.add(k.expression() + (k.ascending() ? " ASC" : " DESC"));
        }
        return " ORDER BY " + String.join(", ", parts);
    }
}
