package org.parley.model;

import java.util.Objects;

/**
 * Where an actor is named in a document.
 *
 * @param span          offsets of the mention in the original text
 * @param text          {@code span.of(documentText)}
 * @param actor         the resolved actor
 * @param sentenceIndex sentence the mention is in
 * @param head          index of the mention's head token in that sentence
 * @param how           how it was resolved (knowledge-base entry, title pattern, coreference...)
 */
public record Mention(Span span, String text, Actor actor, int sentenceIndex, int head, String how) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(how, "how");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
    }
}
