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


    /**
     * The map as compact text for the store: one run {@code begin,width,count} per stretch of
     * characters whose original ranges follow each other evenly (character k of the run came
     * from {@code [begin + k*width, begin + (k+1)*width)}), runs separated by {@code ;}. A
     * clean stretch of ASCII text is one run, however long.
     */
    public String encode() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = begins.length;
        while (i < n) {
            int begin = begins[i];
            int width = ends[i] - begins[i];
            int j = i + 1;
            while (j < n && ends[j] - begins[j] == width && begins[j] == begin + (j - i) * width) {
                j++;
            }
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(begin).append(',').append(width).append(',').append(j - i);
            i = j;
        }
        return out.toString();
    }

    /** The map {@link #encode} wrote. */
    public static OffsetMap decode(String encoded) {
        String[] runs = encoded.isEmpty() ? new String[0] : encoded.split(";");
        int n = 0;
        int[][] parsed = new int[runs.length][];
        for (int r = 0; r < runs.length; r++) {
            String[] f = runs[r].split(",");
            if (f.length != 3) {
                throw new IllegalArgumentException("not an encoded offset map: run " + (r + 1) + " is \"" + runs[r] + "\"");
            }
            parsed[r] = new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])};
            n += parsed[r][2];
        }
        int[] b = new int[n];
        int[] e = new int[n];
        int i = 0;
        for (int[] run : parsed) {
            for (int k = 0; k < run[2]; k++, i++) {
                b[i] = run[0] + k * run[1];
                e[i] = b[i] + run[1];
            }
        }
        return new OffsetMap(b, e);
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
