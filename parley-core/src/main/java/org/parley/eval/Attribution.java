package org.parley.eval;

import java.util.Objects;

/**
 * A gold attribution: the content span and its text, the source span and its text (null when
 * the annotator marked none), and whether it is a direct quote (its content holds a quotation
 * mark: {@code "}, {@code “} or {@code ”}).
 */
public record Attribution(TextRange content, String contentText, TextRange source, String sourceText, boolean direct) {

    private static final String QUOTE_MARKS = "\"\u201c\u201d";

    public Attribution {
        Objects.requireNonNull(content, "content");
        contentText = contentText == null ? "" : contentText;
        sourceText = source == null ? null : sourceText == null ? "" : sourceText;
    }

    /** An attribution whose directness is read from its content text. */
    public static Attribution of(TextRange content, String contentText, TextRange source, String sourceText) {
        boolean direct = contentText.chars().anyMatch(c -> QUOTE_MARKS.indexOf(c) >= 0);
        return new Attribution(content, contentText, source, sourceText, direct);
    }
}
