package org.parley.annotate;

import org.parley.model.Document;
import org.parley.model.ParsedDocument;

/**
 * Splits, tokenizes, tags, lemmatizes and parses a document into core's records. The
 * CoreNLP implementation lives in {@code parley-nlp}; tests use {@link ConlluReader}.
 * Implementations are safe to call from several threads.
 */
public interface Annotator {

    ParsedDocument annotate(Document document);

    /** A short description for run provenance ("CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,depparse"). */
    default String describe() {
        return getClass().getSimpleName();
    }
}
