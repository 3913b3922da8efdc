package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who did what to whom, when and where. Compound actors are lists. The source may be empty
 * when the text names only the target ("three soldiers were killed"), never both.
 *
 * @param negated true when the text negates the trigger and the code does not state that
 *                negation itself. A code that does ({@link EventType#statesNegation()}: the
 *                rejections and refusals of REJECT, "decline comment", "deny responsibility") is
 *                already the negated reading ("will not accept" is 120, "refuses to allow
 *                peacekeepers" 1245), so it never carries {@code negated}: read the code as it
 *                is and never invert it. Forced to false for such a code.
 */
public record Event(List<Mention> source, List<Mention> target, EventType type, LocalDate date,
                    Location location, boolean negated, Evidence evidence) {

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        negated = negated && !type.statesNegation();
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("an event needs a source or a target: " + evidence.rule());
        }
    }

    public Event withLocation(Location newLocation) {
        return new Event(source, target, type, date, newLocation, negated, evidence);
    }
}
