package org.parley.model;

import java.util.List;
import java.util.Objects;

/** Everything Parley found in one document. */
public record Analysis(ParsedDocument parsed, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                       List<Stance> stances, List<Failure> failures) {

    public Analysis {
        Objects.requireNonNull(parsed, "parsed");
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        stances = List.copyOf(stances);
        failures = List.copyOf(failures);
    }

    public Document document() {
        return parsed.document();
    }
}
