package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who did what to whom, when and where. Compound actors are lists. The source may be empty
 * when the text names only the target ("three soldiers were killed"), never both.
 *
 * @param negated true when the trigger was negated and the lexicon coded the negated sense
 *                ("will not accept" as a rejection)
 */
public record Event(List<Mention> source, List<Mention> target, EventType type, LocalDate date,
                    Location location, boolean negated, Evidence evidence) {

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("an event needs a source or a target: " + evidence.rule());
        }
    }

    public Event withLocation(Location newLocation) {
        return new Event(source, target, type, date, newLocation, negated, evidence);
    }
}
