package org.parley.model;

import java.util.Objects;

/**
 * Where a fact came from: the sentence, the span that carries it, the trigger word and the
 * lexicon entry or rule that fired (stable across runs).
 */
public record Evidence(String docId, int sentenceIndex, String sentenceText, Span sentenceSpan,
                       Span span, Span trigger, String triggerText, String rule) {

    public Evidence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sentenceText, "sentenceText");
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("evidence needs a rule name");
        }
    }
}
