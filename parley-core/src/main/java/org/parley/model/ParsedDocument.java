package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A document with its sentences parsed; produced by an {@code Annotator}.
 *
 * @param notes what the annotator had to do to the text that the user should know (a run-on
 *              sentence split into parts before parsing, say); empty when nothing
 */
public record ParsedDocument(Document document, List<Sentence> sentences, List<Failure> notes) {

    public ParsedDocument(Document document, List<Sentence> sentences) {
        this(document, sentences, List.of());
    }

    public ParsedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + s.index());
            }
            if (!s.span().of(document.text()).equals(s.text())) {
                throw new IllegalArgumentException("sentence " + i + " text does not match its span");
            }
        }
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
