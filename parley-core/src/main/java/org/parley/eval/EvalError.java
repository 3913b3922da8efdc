package org.parley.eval;

import java.util.Objects;

/**
 * One error: the record it is in, what kind, what gold expected and what the system gave
 * (short descriptions), and the text it concerns (a sentence, a phrase or a quote).
 */
public record EvalError(String id, ErrorTag tag, String expected, String got, String text) {

    public EvalError {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tag, "tag");
        expected = expected == null ? "" : expected;
        got = got == null ? "" : got;
        text = text == null ? "" : text;
    }
}
