package org.parley.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which rows of an ordered query to return: at most {@code limit}, after the row whose sort
 * keys are {@code after} (null: from the first row). A REST API hands {@code after} out as its
 * cursor; see {@link OrderBy#after}.
 */
public record Page(int limit, List<Object> after) {

    public Page {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        // Keys may be null (an undated event), so no List.copyOf.
        after = after == null ? null : Collections.unmodifiableList(new ArrayList<>(after));
    }

    public static Page first(int limit) {
        return new Page(limit, null);
    }
}
