package org.parley.ingest;

import java.util.Arrays;

import org.parley.model.Span;

/**
 * From each character of a cleaned text to the range of the original markup it came from:
 * the character itself, the entity it decoded ({@code &amp;} for "&"), the whitespace run it
 * collapsed (its first character), or the tag that made a paragraph break. Ranges never go
 * backwards: {@code begin(i) <= begin(i + 1)}.
 */
public final class OffsetMap {

    private final int[] begins;
    private final int[] ends;

    OffsetMap(int[] begins, int[] ends) {
        if (begins.length != ends.length) {
            throw new IllegalArgumentException("begins and ends differ in length");
        }
        for (int i = 0; i < begins.length; i++) {
            if (begins[i] < 0 || ends[i] <= begins[i] || i > 0 && begins[i] < begins[i - 1]) {
                throw new IllegalArgumentException("bad original range [" + begins[i] + ", " + ends[i] + ") for " + i);
            }
        }
        this.begins = begins.clone();
        this.ends = ends.clone();
    }

    /** The map of a text that was not rewritten: each character maps to itself. */
    public static OffsetMap identity(int length) {
        int[] b = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            b[i] = i;
            e[i] = i + 1;
        }
        return new OffsetMap(b, e);
    }

    /**
     * This map carried through {@code outer}, a map of the text this one points into: each
     * character's range becomes the range of {@code outer}'s original that its first to last
     * character came from. Cleaning a feed field's unescaped markup, say, then mapping that
     * markup back to the file.
     */
    public OffsetMap through(OffsetMap outer) {
        int n = begins.length;
        int[] b = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = outer.begins[begins[i]];
            e[i] = Math.max(outer.ends[ends[i] - 1], b[i] + 1);
        }
        return new OffsetMap(b, e);
    }

    /**
     * This map in bytes: {@code byteOffsets[c]} is where character {@code c} of the original
     * starts in its encoded bytes (one more entry than the original has characters).
     */
    public OffsetMap inBytes(int[] byteOffsets) {
        int n = begins.length;
        int[] b = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = byteOffsets[begins[i]];
            e[i] = Math.max(byteOffsets[ends[i]], b[i] + 1);
        }
        return new OffsetMap(b, e);
    }

    /** This map with every range moved {@code by} characters: for text cleaned from a slice of the original. */
    public OffsetMap shifted(int by) {
        int[] b = begins.clone();
        int[] e = ends.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] += by;
            e[i] += by;
        }
        return new OffsetMap(b, e);
    }

    /** Number of cleaned characters. */
    public int length() {
        return begins.length;
    }

    /** Start, in the original, of what cleaned character {@code i} came from. */
    public int begin(int i) {
        return begins[i];
    }

    /** End (exclusive), in the original, of what cleaned character {@code i} came from. */
    public int end(int i) {
        return ends[i];
    }

    /** The original range a non-empty cleaned span came from: from its first character's start to its last's end. */
    public Span original(Span cleaned) {
        if (cleaned.end() > length() || cleaned.length() == 0) {
            throw new IllegalArgumentException("span " + cleaned + " is empty or outside a cleaned text of length "
                    + length());
        }
        return new Span(begins[cleaned.begin()], ends[cleaned.end() - 1]);
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(begins, m.begins) && Arrays.equals(ends, m.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(begins) + Arrays.hashCode(ends);
    }
}
