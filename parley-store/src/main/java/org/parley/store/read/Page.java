package org.parley.store.read;

import java.util.List;

/**
 * One page of a list and the cursor of the next page (null on the last one). A cursor is
 * opaque to clients; pages follow a total order, so rows stored meanwhile never shift a page.
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page from {@code rows} fetched with {@code limit + 1}: the extra row only says there is more. */
    static <T> Page<T> of(List<T> rows, int limit, java.util.function.Function<T, Cursor> key) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, key.apply(items.get(limit - 1)).encode());
    }
}
