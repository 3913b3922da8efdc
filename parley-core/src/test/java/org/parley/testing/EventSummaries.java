package org.parley.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;

/** A document's events as sorted "CODE SOURCE>TARGET" lines with country codes, for whole-set assertions. */
public final class EventSummaries {

    private EventSummaries() {
    }

    /** Each event as {@code code(type) + " " + source countries + ">" + target countries}, sorted. */
    public static List<String> of(Pipeline pipeline, ParsedDocument doc, Function<EventType, String> code) {
        TreeSet<String> out = new TreeSet<>();
        for (Event e : pipeline.analyze(doc).events()) {
            out.add(code.apply(e.type()) + " " + countries(e.source()) + ">" + countries(e.target()));
        }
        return new ArrayList<>(out);
    }

    /** The sorted countries of a side, "-" for an actor without one, joined by "+". */
    public static String countries(List<Mention> ms) {
        TreeSet<String> out = new TreeSet<>();
        for (Mention m : ms) {
            out.add(m.actor().country() == null ? "-" : m.actor().country());
        }
        return String.join("+", out);
    }
}
