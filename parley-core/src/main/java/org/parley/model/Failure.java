package org.parley.model;

import java.util.Objects;

/**
 * Something that went wrong on part of a document and was contained: the rest was still analyzed.
 *
 * @param stage     the stage that failed ("coding", "quotes", ...)
 * @param sentence  sentence index, or -1 for the whole document
 * @param message   one line saying what went wrong
 */
public record Failure(String stage, int sentence, String message) {

    public Failure {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }
}
