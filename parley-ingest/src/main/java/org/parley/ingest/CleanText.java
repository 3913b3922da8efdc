package org.parley.ingest;

import java.util.Objects;

/**
 * Text ready for analysis and where each of its characters came from in the markup.
 *
 * @param text the cleaned text: paragraphs separated by a blank line, no markup, entities decoded
 * @param offsets one original range per character of {@code text}
 */
public record CleanText(String text, OffsetMap offsets) {

    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.length() != text.length()) {
            throw new IllegalArgumentException("offset map of " + offsets.length() + " characters for a text of "
                    + text.length());
        }
    }
}
