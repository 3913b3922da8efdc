package org.parley.model;

/**
 * A half-open range {@code [begin, end)} of Java {@code String} indices into the original
 * text of a document. {@code text.substring(begin, end)} is the span's text, always.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    /** The covered characters of {@code text}; fails loudly when the span lies outside it. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " outside text of length " + text.length());
        }
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
