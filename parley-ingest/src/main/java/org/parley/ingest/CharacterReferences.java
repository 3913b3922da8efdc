package org.parley.ingest;

import org.jsoup.parser.Parser;

/**
 * Lines up the text jsoup decoded from a stretch of markup with the markup itself, so that
 * each decoded character knows its source range: a plain character its own position, a
 * character reference ({@code &amp;}, {@code &#8217;}, {@code &notin;}, all of HTML's named
 * entities) the whole reference. Each candidate reference is decoded by jsoup itself, so the
 * alignment agrees with the parse on every entity jsoup knows, with or without a semicolon.
 */
final class CharacterReferences {

    private CharacterReferences() {
    }

    /**
     * Hands each character of {@code decoded}, the text jsoup made of {@code source[begin, end)},
     * to {@code out} with its source range. Ranges never go backwards and stay inside the stretch
     * (a character the source cannot account for maps to the last source character).
     */
    static void align(String source, int begin, int end, String decoded, CharSink out) {
        int i = begin;
        int k = 0;
        int n = decoded.length();
        int last = Math.max(begin, Math.min(end, source.length()) - 1);
        while (k < n) {
            if (i >= end) {
                out.append(decoded.charAt(k++), last, last + 1);
                continue;
            }
            if (source.charAt(i) == '&') {
                int j = referenceEnd(source, i, end);
                if (j > i + 1) {
                    String reference = source.substring(i, j);
                    String chars = Parser.unescapeEntities(reference, false);
                    if (!chars.equals(reference) && decoded.startsWith(chars, k)) {
                        for (int m = 0; m < chars.length(); m++) {
                            out.append(chars.charAt(m), i, j);
                        }
                        k += chars.length();
                        i = j;
                        continue;
                    }
                }
            }
            out.append(decoded.charAt(k++), i, i + 1);
            i++;
        }
    }

    /** The end of the character reference that may start at {@code at} ('&'): digits or a name, and a ';' if one follows. */
    private static int referenceEnd(String s, int at, int limit) {
        int i = at + 1;
        if (i < limit && s.charAt(i) == '#') {
            i++;
            boolean hex = i < limit && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            while (i < limit && (hex ? Character.digit(s.charAt(i), 16) >= 0 : isAsciiDigit(s.charAt(i)))) {
                i++;
            }
        } else {
            while (i < limit && (isAsciiDigit(s.charAt(i)) || isAsciiLetter(s.charAt(i)))) {
                i++;
            }
        }
        return i < limit && s.charAt(i) == ';' ? i + 1 : i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
