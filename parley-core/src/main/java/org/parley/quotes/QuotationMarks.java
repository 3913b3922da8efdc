package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Span;

/**
 * Finds the spans inside quotation marks: curly pairs (“ ”), straight double quotes paired
 * in order, and doubled apostrophes ('' '') as some archives render quotation marks. A paragraph that opens a quote without closing it continues into the next one
 * that opens again, as wire copy does for multi-paragraph quotes. Spans exclude the marks
 * and surrounding whitespace.
 */
final class QuotationMarks {

    private QuotationMarks() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char openChar = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '\u201C' || c == '"' && opensStraight(text, i)) {
                    open = i;
                    openChar = c;
                } else if (doubledApostrophe(text, i) && opensStraight(text, i)) {
                    open = i + 1;
                    openChar = '\'';
                    i++;
                }
            } else {
                boolean closes = openChar == '\u201C' ? c == '\u201D'
                        : openChar == '"' ? c == '"' : doubledApostrophe(text, i);
                if (closes) {
                    add(out, text, open + 1, i);
                    open = -1;
                    if (openChar == '\'') {
                        i++;
                    }
                } else if (c == '\n') {
                    // A quote still open at a paragraph's end stops there; it runs on only
                    // where the next paragraph opens with a quotation mark.
                    add(out, text, open + 1, i);
                    open = -1;
                    if (paragraphReopens(text, i)) {
                        int next = i;
                        while (Character.isWhitespace(text.charAt(next))) {
                            next++;
                        }
                        openChar = text.charAt(next);
                        open = openChar == '\'' ? next + 1 : next;
                        i = open;
                    }
                }
            }
        }
        return out;
    }

    /** A straight quote opens when it is not preceded by a letter or digit. */
    private static boolean opensStraight(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** The next paragraph starts with an opening mark: the quote runs on across the break. */
    private static boolean paragraphReopens(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '\u201C' || text.charAt(j) == '"' || doubledApostrophe(text, j));
    }

    private static boolean doubledApostrophe(String text, int i) {
        return text.charAt(i) == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
    }

    private static void add(List<Span> out, String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Span(begin, end));
        }
    }
}
