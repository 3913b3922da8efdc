package org.parley.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tolerant HTML scanner: tokens with their source ranges, plus the element tree a browser
 * would roughly build (unclosed {@code <p>} and {@code <li>} closed implicitly, stray end tags
 * ignored). Never fails: any string is some HTML. Element 0 is the document itself.
 */
final class HtmlScanner {

    enum Kind { TEXT, RAW_TEXT, START, END, OTHER }

    /**
     * One token.
     *
     * @param element for TEXT and RAW_TEXT the innermost open element; for START and END the element
     *                opened or closed (-1 for a void element or a stray end tag)
     */
    record Token(Kind kind, int begin, int end, String name, Map<String, String> attributes, int element) {
    }

    /** Elements without content. */
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");

    /** Elements whose content is not markup, scanned up to their end tag. */
    private static final Set<String> RAW = Set.of("script", "style", "title", "textarea", "xmp");

    /** Block starts that close an open {@code <p>}, as in HTML. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "div", "dl",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav",
            "ol", "p", "pre", "section", "table", "ul");

    final List<Token> tokens = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Integer> parents = new ArrayList<>();
    final List<Map<String, String>> attributes = new ArrayList<>();

    final String html;
    private final List<Integer> open = new ArrayList<>();

    private HtmlScanner(String html) {
        this.html = html;
        names.add("#document");
        parents.add(-1);
        attributes.add(Map.of());
        open.add(0);
    }

    static HtmlScanner scan(String html) {
        HtmlScanner s = new HtmlScanner(html);
        s.run();
        return s;
    }

    /** True when element {@code e} is {@code ancestor} or lies inside it. */
    boolean within(int e, int ancestor) {
        for (int x = e; x >= 0; x = parents.get(x)) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void run() {
        int n = html.length();
        int text = 0;
        int i = 0;
        while (i < n) {
            if (html.charAt(i) != '<' || i + 1 >= n) {
                i++;
                continue;
            }
            char c = html.charAt(i + 1);
            int end;
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                end = close < 0 ? n : close + 3;
                flushText(text, i);
                tokens.add(new Token(Kind.OTHER, i, end, "#comment", Map.of(), -1));
            } else if (c == '!' || c == '?' || c == '/' && (i + 2 >= n || !isAsciiLetter(html.charAt(i + 2)))) {
                int close = html.indexOf('>', i + 2);
                end = close < 0 ? n : close + 1;
                flushText(text, i);
                tokens.add(new Token(Kind.OTHER, i, end, "#other", Map.of(), -1));
            } else if (isAsciiLetter(c) || c == '/') {
                flushText(text, i);
                end = tag(i);
            } else {
                i++;
                continue;
            }
            i = end;
            text = end;
        }
        flushText(text, n);
    }

    private void flushText(int begin, int end) {
        if (end > begin) {
            tokens.add(new Token(Kind.TEXT, begin, end, "#text", Map.of(), top()));
        }
    }

    /** Scans the tag at {@code at}; returns where scanning goes on. */
    private int tag(int at) {
        int n = html.length();
        boolean endTag = html.charAt(at + 1) == '/';
        int i = at + (endTag ? 2 : 1);
        int nameStart = i;
        while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(colon + 1);
        }
        Map<String, String> attrs = new HashMap<>();
        boolean selfClosing = false;
        while (i < n && html.charAt(i) != '>') {
            char c = html.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '/') {
                selfClosing = i + 1 < n && html.charAt(i + 1) == '>';
                i++;
                continue;
            }
            int a = i;
            while (i < n && !Character.isWhitespace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String attr = html.substring(a, Math.max(a + 1, i)).toLowerCase(Locale.ROOT);
            if (i == a) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int close = html.indexOf(html.charAt(i), i + 1);
                    int valueEnd = close < 0 ? n : close;
                    value = html.substring(i + 1, valueEnd);
                    i = close < 0 ? n : close + 1;
                } else {
                    int v = i;
                    while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(v, i);
                }
            }
            attrs.putIfAbsent(attr, HtmlEntities.decode(value));
        }
        int end = Math.min(n, i + 1);
        if (endTag) {
            tokens.add(new Token(Kind.END, at, end, name, Map.of(), close(name)));
            return end;
        }
        closeImplied(name);
        if (VOID.contains(name)) {
            tokens.add(new Token(Kind.START, at, end, name, attrs, -1));
            return end;
        }
        int element = names.size();
        names.add(name);
        parents.add(top());
        attributes.add(Map.copyOf(attrs));
        tokens.add(new Token(Kind.START, at, end, name, attributes.get(element), element));
        if (selfClosing) {
            tokens.add(new Token(Kind.END, end, end, name, Map.of(), element));
            return end;
        }
        open.add(element);
        if (RAW.contains(name)) {
            int close = indexOfIgnoreCase("</" + name, end);
            int contentEnd = close < 0 ? html.length() : close;
            if (contentEnd > end) {
                tokens.add(new Token(Kind.RAW_TEXT, end, contentEnd, "#raw", Map.of(), element));
            }
            if (close < 0) {
                return html.length();
            }
            int gt = html.indexOf('>', close);
            int tagEnd = gt < 0 ? html.length() : gt + 1;
            tokens.add(new Token(Kind.END, close, tagEnd, name, Map.of(), close(name)));
            return tagEnd;
        }
        return end;
    }

    private void closeImplied(String name) {
        if (CLOSES_P.contains(name) && names.get(top()).equals("p")) {
            open.remove(open.size() - 1);
        }
        Set<String> siblings = switch (name) {
            case "li" -> Set.of("li");
            case "dt", "dd" -> Set.of("dt", "dd");
            case "td", "th" -> Set.of("td", "th");
            case "tr" -> Set.of("tr", "td", "th");
            case "option" -> Set.of("option");
            default -> Set.of();
        };
        while (siblings.contains(names.get(top()))) {
            open.remove(open.size() - 1);
        }
    }

    /** Closes the innermost open element of this name and all open inside it; -1 when none is open. */
    private int close(String name) {
        for (int k = open.size() - 1; k > 0; k--) {
            int e = open.get(k);
            if (names.get(e).equals(name)) {
                while (open.size() > k) {
                    open.remove(open.size() - 1);
                }
                return e;
            }
        }
        return -1;
    }

    private int top() {
        return open.get(open.size() - 1);
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = from; i + needle.length() <= html.length(); i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
