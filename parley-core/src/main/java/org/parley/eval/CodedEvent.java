package org.parley.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One gold or system event reduced to what is scored: its type (see {@link EventMode}) and the
 * country keys of each side (see {@link ActorKeys}); {@code label} describes it for people,
 * for example {@code AGREE HUN/GOV+ROU/GOV -> -}.
 */
public record CodedEvent(String type, Set<String> source, Set<String> target, String label) {

    public CodedEvent {
        Objects.requireNonNull(type, "type");
        source = Set.copyOf(source);
        target = Set.copyOf(target);
        Objects.requireNonNull(label, "label");
    }

    /** Same type, and each side agrees with the gold side. */
    public boolean dyadMatches(CodedEvent gold) {
        return type.equals(gold.type) && ActorKeys.agree(gold.source, source) && ActorKeys.agree(gold.target, target);
    }
}
