package org.parley.model;

import java.util.Objects;

/**
 * Who said what.
 *
 * @param content       the words attributed (inside the quotation marks for a direct quote)
 * @param speakerSpan   the words naming the speaker ("he", "a senior official"), or null when
 *                      none was found
 * @param speakerText   {@code speakerSpan}'s text, or null
 * @param speaker       the resolved speaker, or null when the words name no known actor
 * @param cue           the verb or phrase that attributes the words ("said", "according to")
 * @param cueSpan       offsets of the cue, or null
 * @param direct        true for words in quotation marks
 * @param source        the words that attribute the quote to a document or an office rather
 *                      than to a speaker ("a joint statement", "the report"), or null; a
 *                      quote with a source has no speaker
 */
public record Quote(Span content, String contentText, Span speakerSpan, String speakerText, Actor speaker,
                    String cue, Span cueSpan, boolean direct, Evidence evidence, Span source) {

    /** A quote attributed to a speaker, or to no one named. */
    public Quote(Span content, String contentText, Span speakerSpan, String speakerText, Actor speaker,
                 String cue, Span cueSpan, boolean direct, Evidence evidence) {
        this(content, contentText, speakerSpan, speakerText, speaker, cue, cueSpan, direct, evidence, null);
    }

    public Quote {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentText, "contentText");
        Objects.requireNonNull(evidence, "evidence");
        if ((speakerSpan == null) != (speakerText == null)) {
            throw new IllegalArgumentException("speaker span and text go together");
        }
        if (source != null && (speakerSpan != null || speaker != null)) {
            throw new IllegalArgumentException("a quote with a source has no speaker");
        }
    }
}
