package org.parley.ingest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What comes before an XML file's root element: the declaration, comments, processing
 * instructions and a document type declaration, whose internal subset may hold {@code >} in
 * entity values, comments and quoted strings. Parley never reads a DTD: {@link #withoutDoctype}
 * blanks it out (keeping every offset) and remembers which entities it declared, so that an
 * item using one can be refused by name instead of read with the entity's text.
 */
final class XmlProlog {

    private static final Pattern ENTITY = Pattern.compile("<!ENTITY\\s+(?:%\\s+)?([^\\s>%;]+)");

    private XmlProlog() {
    }

    /** The qualified name of the first element in {@code head}, lower-cased, or null when none is found. */
    static String rootName(String head) {
        int i = rootStart(head, null);
        if (i < 0) {
            return null;
        }
        int end = i + 1;
        while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
                && head.charAt(end) != '/') {
            end++;
        }
        return end > i + 1 ? head.substring(i + 1, end).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Where the first element starts (its {@code <}) after the declaration, comments, processing
     * instructions and doctype; -1 when text comes first or the prolog does not end. The doctype's
     * range, if there is one, goes into {@code doctype} ({@code [begin, end)}).
     */
    private static int rootStart(String s, int[] doctype) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int next;
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                next = i + 1;
            } else if (s.startsWith("<!--", i)) {
                int close = s.indexOf("-->", i + 4);
                next = close < 0 ? -1 : close + 3;
            } else if (s.startsWith("<?", i)) {
                int close = s.indexOf("?>", i + 2);
                next = close < 0 ? -1 : close + 2;
            } else if (s.startsWith("<!", i)) {
                next = declarationEnd(s, i);
                if (doctype != null && s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    doctype[0] = i;
                    doctype[1] = next < 0 ? n : next;
                }
            } else {
                return c == '<' ? i : -1;
            }
            if (next < 0) {
                return -1;
            }
            i = next;
        }
        return -1;
    }

    /**
     * The end (after its {@code >}) of the declaration such as {@code <!DOCTYPE ...>} that starts at
     * {@code at}, skipping quoted strings and an internal subset in brackets with the comments and
     * quoted strings inside it; -1 when it does not end.
     */
    static int declarationEnd(String s, int at) {
        int i = at + 2;
        int n = s.length();
        boolean subset = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int close = s.indexOf(c, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (subset && s.startsWith("<!--", i)) {
                int close = s.indexOf("-->", i + 4);
                if (close < 0) {
                    return -1;
                }
                i = close + 3;
            } else if (c == '[') {
                subset = true;
                i++;
            } else if (c == ']') {
                subset = false;
                i++;
            } else if (c == '>' && !subset) {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** An XML text with its document type declaration blanked out, and the entities that declaration declared. */
    record Blanked(String text, Set<String> entities) {
    }

    /** {@code xml} with its {@code <!DOCTYPE>} replaced by spaces (line breaks kept), so that no parser sees it. */
    static Blanked withoutDoctype(String xml) {
        int[] doctype = {-1, -1};
        rootStart(xml, doctype);
        if (doctype[0] < 0) {
            return new Blanked(xml, Set.of());
        }
        Set<String> entities = new LinkedHashSet<>();
        Matcher m = ENTITY.matcher(xml).region(doctype[0], doctype[1]);
        while (m.find()) {
            entities.add(m.group(1));
        }
        StringBuilder out = new StringBuilder(xml);
        for (int k = doctype[0]; k < doctype[1]; k++) {
            if (out.charAt(k) != '\n' && out.charAt(k) != '\r') {
                out.setCharAt(k, ' ');
            }
        }
        return new Blanked(out.toString(), entities);
    }
}
