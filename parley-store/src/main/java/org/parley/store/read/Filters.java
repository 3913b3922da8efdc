package org.parley.store.read;

import java.time.LocalDate;

/**
 * Filters shared by every list and chart, in the style of the CLI's: null fields do not filter.
 * Actor filters match an actor code prefix or a country ("RUS" matches RUS, RUSGOV, RUSMIL);
 * {@code cameo} a code prefix; {@code plover} the PLOVER type; {@code location} a place name or
 * ISO3 country; {@code text} words in the reporting sentence (or the quote, or the stance's
 * sentence); {@code issue} an issue key prefix (stances only).
 */
public record Filters(String actor, String source, String target, String cameo, String plover, LocalDate from,
                      LocalDate to, String location, String text, String issue) {

    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null, null);

    public Filters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
