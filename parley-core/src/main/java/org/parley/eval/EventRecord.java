package org.parley.eval;

import java.util.List;
import java.util.Objects;

/** A gold record (one sentence or document) with its gold events and the system's events. */
public record EventRecord(String id, String text, List<CodedEvent> gold, List<CodedEvent> system) {

    public EventRecord {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        gold = List.copyOf(gold);
        system = List.copyOf(system);
    }
}
