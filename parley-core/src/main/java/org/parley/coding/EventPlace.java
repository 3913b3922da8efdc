package org.parley.coding;

import java.util.List;

import org.parley.model.Mention;

/** Where the event happened: a place in the predicate's clause, preferring the source's country. */
final class EventPlace implements CandidateStage {

    private final Places places;

    EventPlace(Places places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "place";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        List<Mention> side = c.source().isEmpty() ? c.target() : c.source();
        return c.withLocation(places.locate(ctx.sentence(), c.trigger(), side.get(0).actor().country()));
    }
}
