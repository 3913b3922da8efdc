package org.parley.quotes;

import org.parley.model.Evidence;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/** Building quotes and their evidence, shared by the direct and the reported kinds. */
final class Quotes {

    private Quotes() {
    }

    static Quote of(Span content, String text, Speaker speaker, String cue, Span cueSpan, boolean direct,
                    Evidence evidence) {
        if (speaker != null && speaker.document()) {
            return new Quote(content, content.of(text), null, null, null, cue, cueSpan, direct, evidence, speaker.span());
        }
        return new Quote(content, content.of(text), speaker == null ? null : speaker.span(),
                speaker == null ? null : speaker.text(), speaker == null ? null : speaker.actor(), cue, cueSpan, direct,
                evidence);
    }

    static Evidence evidence(ParsedDocument doc, Sentence s, Span span, Token cue, String rule) {
        return new Evidence(doc.document().id(), s.index(), s.text(), s.span(), span,
                cue == null ? null : cue.span(), cue == null ? null : cue.text(), rule);
    }
}
