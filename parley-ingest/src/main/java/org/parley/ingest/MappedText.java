package org.parley.ingest;

import java.util.Arrays;

/**
 * Text built one character at a time with the original range of each, kept exactly as
 * given: no whitespace is collapsed. The unescaped content of a feed field, for instance,
 * before it is cleaned as HTML. See {@link TextBuilder} for the collapsing kind.
 */
final class MappedText implements CharSink {

    private final StringBuilder text = new StringBuilder();
    private int[] begins = new int[64];
    private int[] ends = new int[64];

    @Override
    public void append(char c, int begin, int end) {
        int n = text.length();
        if (n == begins.length) {
            begins = Arrays.copyOf(begins, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        begins[n] = begin;
        ends[n] = end;
        text.append(c);
    }

    int length() {
        return text.length();
    }

    CleanText build() {
        int n = text.length();
        return new CleanText(text.toString(), new OffsetMap(Arrays.copyOf(begins, n), Arrays.copyOf(ends, n)));
    }
}
