package org.parley.model;

import java.util.Objects;

/**
 * Something that went wrong on part of a document and was contained: the rest was still
 * analyzed. A <em>note</em> is something left out on purpose that the user should know about
 * (stances dropped because their issue names no topic): it is listed with the failures, but
 * does not make the document a failed one.
 *
 * @param stage     the stage that failed ("coding", "quotes", ...)
 * @param sentence  sentence index, or -1 for the whole document
 * @param message   one line saying what went wrong
 * @param note      true for a note, false for a failure
 */
public record Failure(String stage, int sentence, String message, boolean note) {

    public Failure {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    /** A failure. */
    public Failure(String stage, int sentence, String message) {
        this(stage, sentence, message, false);
    }

    /** A note: something left out on purpose, listed with the failures but no failure. */
    public static Failure note(String stage, int sentence, String message) {
        return new Failure(stage, sentence, message, true);
    }
}
