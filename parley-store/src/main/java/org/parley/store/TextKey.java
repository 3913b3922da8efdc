package org.parley.store;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.parley.model.Document;

/**
 * The key a document is stored under: the hash of its text's normal form, so that copies of one
 * article that differ only in line endings ({@code \r\n}, {@code \r}), whitespace at the end of a
 * line or of the text, or Unicode composition (NFC) are stored once. The text kept is the text as
 * read (every offset points into it); only the key is normalised. A text already in normal form
 * keeps the key it had before normalisation was introduced (schema version 5).
 */
public final class TextKey {

    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");
    private static final Pattern TRAILING = Pattern.compile("[ \\t\\u00a0\\f\\x0b]+(?=\\n|$)");

    private TextKey() {
    }

    /** The normal form: LF line ends, no trailing whitespace on a line or at the end, NFC. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = LINE_END.matcher(s).replaceAll("\n");
        s = TRAILING.matcher(s).replaceAll("");
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The key: {@link Document#contentHash} of the normal form. */
    public static String of(String text) {
        return Document.contentHash(normalize(text));
    }
}
