package org.parley.quotes;

import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.Span;

/** Who is speaking: the words naming the speaker, and the actor they resolve to, or null. */
record Speaker(Span span, String text, Actor actor) {

    static Speaker of(Mention m) {
        return new Speaker(m.span(), m.text(), m.actor());
    }

    /** The same words standing for another actor (a spokesman for the government he speaks for). */
    Speaker speakingFor(Actor other) {
        return new Speaker(span, text, other);
    }
}
