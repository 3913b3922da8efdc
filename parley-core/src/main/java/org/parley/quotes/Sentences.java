package org.parley.quotes;

import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;

/** Finding the sentence a character offset falls in. */
final class Sentences {

    private Sentences() {
    }

    /** The last sentence starting at or before the offset, or null before the first. */
    static Sentence at(ParsedDocument doc, int offset) {
        Sentence best = null;
        for (Sentence s : doc.sentences()) {
            if (s.span().begin() <= offset) {
                best = s;
            } else {
                break;
            }
        }
        return best;
    }
}
