package org.parley.quotes;

import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * Who is speaking: the words naming the speaker, and the actor they resolve to, or null. When
 * {@code document} is true the words name a source that is no one ("a joint statement said",
 * "the report says"): the quote stands, with that source and no speaker.
 */
record Speaker(Span span, String text, Actor actor, boolean document) {

    Speaker(Span span, String text, Actor actor) {
        this(span, text, actor, false);
    }

    /** Words that attribute what is quoted to a document or an office, not to a speaker. */
    static Speaker document(Span span, String text) {
        return new Speaker(span, text, null, true);
    }

    static Speaker of(Mention m) {
        return new Speaker(m.span(), m.text(), m.actor());
    }

    /** The same words standing for another actor (a spokesman for the government he speaks for). */
    Speaker speakingFor(Actor other) {
        return new Speaker(span, text, other);
    }
}
