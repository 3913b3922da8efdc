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

    /** What {@link #eventSet} writes for no event. */
    public static final String NONE = "none";
    /** What {@link #eventSet} writes between events. */
    public static final String SEPARATOR = "; ";

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

    /**
     * A whole event set in one canonical line, as golden tables write it: each event as
     * {@code [not ]CAMEO SOURCE>TARGET} with the sides' countries (see {@link #countries}),
     * {@code not} for a negated event, sorted, without repeats, joined by {@code "; "};
     * {@code none} for no event. E.g. {@code 040 RUS>USA; 040 USA>RUS}.
     */
    public static String eventSet(List<Event> events) {
        TreeSet<String> out = new TreeSet<>();
        for (Event e : events) {
            out.add((e.negated() ? "not " : "") + e.type().code() + " " + countries(e.source()) + ">" + countries(e.target()));
        }
        return out.isEmpty() ? NONE : String.join(SEPARATOR, out);
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
