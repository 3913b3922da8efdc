package org.parley.cli;

/**
 * Messages that stay on one line whatever the input holds: a newline or other control
 * character in a file name or an error text is written as an escape ({@code \n}, {@code \t},
 * {@code \x1b}, {@code \u2028}), so that no input can split a message or spoof a line of its
 * own, nor reorder it with bidirectional controls.
 */
final class OneLine {

    private OneLine() {
    }

    /** {@code s} with backslashes, control, line-separator and bidi-control characters escaped. */
    static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\\':
                return "\\\\";
            default:
                break;
        }
        if (c < 0x20 || c >= 0x7F && c < 0xA0) {
            return String.format("\\x%02x", (int) c);
        }
        if (c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
