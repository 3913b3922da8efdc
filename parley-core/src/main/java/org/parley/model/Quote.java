package org.parley.model;

import java.util.Objects;

/**
 * Who said what.
 *
 * @param content        the words attributed (inside the quotation marks for a direct quote)
 * @param speakerMention the mention naming the speaker, or null when none was found
 * @param speaker        the resolved speaker, or null
 * @param cue            the verb or phrase that attributes the words ("said", "according to")
 * @param cueSpan        offsets of the cue, or null
 * @param direct         true for words in quotation marks
 */
public record Quote(Span content, String contentText, Mention speakerMention, Actor speaker, String cue,
                    Span cueSpan, boolean direct, Evidence evidence) {

    public Quote {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentText, "contentText");
        Objects.requireNonNull(evidence, "evidence");
    }
}
