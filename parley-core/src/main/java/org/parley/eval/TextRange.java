package org.parley.eval;

/**
 * Character offsets {@code [begin, end)} as a gold file or a system output gives them. Unlike
 * {@link org.parley.model.Span} a range is not checked: a discontinuous BRAT span whose later
 * fragment is listed first runs from its first begin to its last end and comes out inverted.
 * The reference quote scorer keeps such ranges, and they overlap nothing.
 */
public record TextRange(int begin, int end) {

    /** {@code end - begin}; negative for an inverted range. */
    public int length() {
        return end - begin;
    }

    /**
     * Whether the two ranges overlap by at least half of the shorter one, which must not be
     * empty: how a system quote's content finds a gold content.
     */
    public boolean overlapsByHalf(TextRange other) {
        int shared = Math.min(end, other.end) - Math.max(begin, other.begin);
        int shorter = Math.min(length(), other.length());
        return shorter > 0 && 2L * shared >= shorter;
    }

    /** Whether the ranges share at least one character: how a speaker mention finds a gold source. */
    public boolean sharesCharacter(TextRange other) {
        return Math.min(end, other.end) > Math.max(begin, other.begin);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
