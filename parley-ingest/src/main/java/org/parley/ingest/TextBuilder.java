package org.parley.ingest;

/**
 * Builds cleaned text one character at a time, each with its original range. Whitespace and
 * breaks are held back and written only before the next visible character, so the text has no
 * leading, trailing or doubled whitespace and paragraphs are separated by exactly one blank line.
 */
final class TextBuilder implements CharSink {

    private enum Gap { NONE, SPACE, LINE, PARAGRAPH }

    private final MappedText text = new MappedText();
    private Gap gap = Gap.NONE;
    private int gapBegin;
    private int gapEnd;

    /** A character of text from {@code [begin, end)} of the original. */
    @Override
    public void append(char c, int begin, int end) {
        if (c == 0) {
            c = '\uFFFD';  // as HTML reads &#0; and a NUL in text
        }
        if (isSpace(c)) {
            widen(Gap.SPACE, begin, end);
            return;
        }
        if (isInvisible(c)) {
            return;
        }
        if (text.length() > 0) {
            switch (gap) {
                case SPACE -> put(' ', gapBegin, gapEnd);
                case LINE -> put('\n', gapBegin, gapEnd);
                case PARAGRAPH -> {
                    put('\n', gapBegin, gapEnd);
                    put('\n', gapBegin, gapEnd);
                }
                case NONE -> { }
            }
        }
        gap = Gap.NONE;
        put(c, begin, end);
    }

    /** A word break made by markup (a table cell, say). */
    void space(int begin, int end) {
        widen(Gap.SPACE, begin, end);
    }

    /** A line break ({@code <br>}). */
    void line(int begin, int end) {
        widen(Gap.LINE, begin, end);
    }

    /** A paragraph break (a block element starts or ends). */
    void paragraph(int begin, int end) {
        widen(Gap.PARAGRAPH, begin, end);
    }

    CleanText build() {
        return text.build();
    }

    /** The gap becomes at least {@code g}; a wider gap takes the range of the markup that widened it. */
    private void widen(Gap g, int begin, int end) {
        if (g.compareTo(gap) > 0) {
            gap = g;
            gapBegin = begin;
            gapEnd = end;
        }
    }

    private void put(char c, int begin, int end) {
        text.append(c, begin, end);
    }

    /** Whitespace, including no-break spaces, which become ordinary spaces in cleaned text. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Characters that only steer layout (zero-width spaces and joiners, soft hyphens, BOMs). */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
