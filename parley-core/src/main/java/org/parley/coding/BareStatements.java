package org.parley.coding;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Event;

/** A bare statement ("X said ...") is a quote, which the quote extractor records, not an event. */
final class BareStatements implements SentenceStage {

    @Override
    public List<Event> apply(List<Event> events, SentenceContext ctx) {
        List<Event> out = new ArrayList<>(events);
        if (out.removeIf(e -> e.type().code().equals(PatternMatching.STATEMENT))) {
            ctx.log("sentence " + ctx.sentence().index() + ": a bare statement (010) is a quote, not an event");
        }
        return out;
    }
}
