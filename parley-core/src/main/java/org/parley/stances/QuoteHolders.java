package org.parley.stances;

import java.util.List;

import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The speaker of the quote a word stands in: who holds a stance that the words themselves
 * give no holder for ('"There will be no American boots on the ground," Trump told
 * reporters'; '"The door to NATO remains open," said Sikorski').
 */
final class QuoteHolders {

    private final List<Quote> quotes;

    QuoteHolders(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    /** The resolved speaker of the innermost quote containing the token, or null. */
    Mention speakerOf(Sentence s, Token t) {
        Quote best = null;
        for (Quote q : quotes) {
            if (q.speaker() != null && q.speakerSpan() != null && q.content().contains(t.span())
                    && (best == null || q.content().length() < best.content().length())) {
                best = q;
            }
        }
        if (best == null) {
            return null;
        }
        return new Mention(best.speakerSpan(), best.speakerText(), best.speaker(), best.evidence().sentenceIndex(), -1,
                "quote-speaker");
    }
}
