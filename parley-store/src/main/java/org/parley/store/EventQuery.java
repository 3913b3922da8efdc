package org.parley.store;

import java.time.LocalDate;

/**
 * Filters for {@link EventStore#events}. Null fields do not filter. Actor filters match an
 * actor code prefix or country ("RUS" matches RUS, RUSGOV, RUSMIL); {@code cameo} matches a
 * code prefix ("12" is every rejection); {@code plover} the PLOVER type.
 */
public record EventQuery(String actor, String source, String target, String cameo, String plover, LocalDate from,
                         LocalDate to, String location, String text, int limit) {

    public EventQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, limit);
    }
}
