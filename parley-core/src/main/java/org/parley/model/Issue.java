package org.parley.model;

import java.util.Objects;

/**
 * What a stance is about.
 *
 * @param key   normalized key, shared by all wordings of the same proposition ("deploy-troops/UKR")
 * @param text  the wording in this document
 * @param span  offsets of that wording
 */
public record Issue(String key, String text, Span span) {

    public Issue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        if (key.isBlank()) {
            throw new IllegalArgumentException("issue key must not be empty");
        }
    }
}
