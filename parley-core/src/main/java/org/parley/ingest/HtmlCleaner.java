package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.ingest.HtmlScanner.Kind;
import org.parley.ingest.HtmlScanner.Token;

/**
 * HTML to article text. Boilerplate subtrees (script, style, nav, header, footer, aside, form,
 * comments and their kin, and anything marked hidden) are dropped; a page's article is its
 * largest {@code <article>}, else its {@code <main>}, else the element whose paragraphs hold
 * the most text. Entities are decoded, block elements become paragraph breaks, whitespace
 * runs one space. Thread-safe and stateless.
 */
public final class HtmlCleaner {

    /** Subtrees that are never article text. */
    private static final Set<String> BOILERPLATE = Set.of("script", "style", "nav", "header", "footer", "aside", "form",
            "noscript", "template", "iframe", "svg", "math", "button", "select", "textarea", "object", "canvas", "dialog",
            "menu", "figure", "title", "head");

    /** ARIA roles of the same. */
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alert");

    /** Elements whose start and end separate paragraphs. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    private HtmlCleaner() {
    }

    /** The text of an HTML fragment such as a feed item's content: everything but boilerplate. */
    public static CleanText fragment(String html) {
        HtmlScanner s = HtmlScanner.scan(html);
        return text(html, s, 0, skipped(s));
    }

    /** A whole page: its article text and what its head says about it. */
    public static HtmlPage page(String html) {
        HtmlScanner s = HtmlScanner.scan(html);
        boolean[] skipped = skipped(s);
        int content = content(s, skipped);
        return new HtmlPage(title(html, s), url(s), PublicationDates.parse(published(s)), text(html, s, content, skipped));
    }

    /** Which elements are boilerplate, themselves or by an ancestor. Parents precede children. */
    private static boolean[] skipped(HtmlScanner s) {
        boolean[] skipped = new boolean[s.names.size()];
        for (int e = 1; e < skipped.length; e++) {
            Map<String, String> a = s.attributes.get(e);
            skipped[e] = skipped[s.parents.get(e)] || BOILERPLATE.contains(s.names.get(e)) || a.containsKey("hidden")
                    || "true".equals(a.get("aria-hidden"))
                    || BOILERPLATE_ROLES.contains(a.getOrDefault("role", "").toLowerCase(Locale.ROOT));
        }
        return skipped;
    }

    /** The element holding the article: largest article, else main, else the densest paragraphs' container. */
    private static int content(HtmlScanner s, boolean[] skipped) {
        int elements = s.names.size();
        int[] total = new int[elements];
        double[] paragraphScore = new double[elements];
        for (Token t : s.tokens) {
            if (t.kind() != Kind.TEXT || skipped[t.element()]) {
                continue;
            }
            int visible = visibleChars(s, t);
            total[t.element()] += visible;
            int p = enclosingParagraph(s, t.element());
            if (p > 0) {
                int container = s.parents.get(p);
                paragraphScore[container] += visible;
                if (container > 0) {
                    paragraphScore[s.parents.get(container)] += visible / 2.0;
                }
            }
        }
        for (int e = elements - 1; e > 0; e--) {
            total[s.parents.get(e)] += total[e];
        }
        for (String preferred : List.of("article", "main")) {
            int best = -1;
            for (int e = 1; e < elements; e++) {
                if (!skipped[e] && s.names.get(e).equals(preferred) && total[e] > 0
                        && (best < 0 || total[e] > total[best])) {
                    best = e;
                }
            }
            if (best > 0) {
                return best;
            }
        }
        int best = 0;
        for (int e = 1; e < elements; e++) {
            if (!skipped[e] && paragraphScore[e] > paragraphScore[best]) {
                best = e;
            }
        }
        return best;
    }

    private static int enclosingParagraph(HtmlScanner s, int element) {
        for (int e = element; e > 0; e = s.parents.get(e)) {
            if (s.names.get(e).equals("p")) {
                return e;
            }
        }
        return -1;
    }

    private static int visibleChars(HtmlScanner s, Token t) {
        int n = 0;
        for (int i = t.begin(); i < t.end(); i++) {
            n += Character.isWhitespace(s.html.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** The text of element {@code root} (0: the whole document), boilerplate left out. */
    private static CleanText text(String html, HtmlScanner s, int root, boolean[] skipped) {
        TextBuilder out = new TextBuilder();
        for (Token t : s.tokens) {
            switch (t.kind()) {
                case TEXT -> {
                    if (!skipped[t.element()] && s.within(t.element(), root)) {
                        decode(html, t.begin(), t.end(), out);
                    }
                }
                case START, END -> {
                    if (BLOCKS.contains(t.name())) {
                        out.paragraph(t.begin(), Math.max(t.end(), t.begin() + 1));
                    } else if (t.name().equals("br")) {
                        out.line(t.begin(), t.end());
                    } else if (t.name().equals("td") || t.name().equals("th")) {
                        out.space(t.begin(), Math.max(t.end(), t.begin() + 1));
                    }
                }
                case RAW_TEXT, OTHER -> { }
            }
        }
        return out.build();
    }

    /** Text characters with their references decoded; each decoded character maps to its whole reference. */
    private static void decode(String html, int begin, int end, TextBuilder out) {
        for (int i = begin; i < end; ) {
            HtmlEntities.Decoded d = html.charAt(i) == '&' ? HtmlEntities.at(html, i, end) : null;
            if (d == null) {
                out.append(html.charAt(i), i, i + 1);
                i++;
            } else {
                for (int k = 0; k < d.chars().length(); k++) {
                    out.append(d.chars().charAt(k), i, i + d.length());
                }
                i += d.length();
            }
        }
    }

    private static String title(String html, HtmlScanner s) {
        String og = meta(s, "og:title");
        if (og != null) {
            return og;
        }
        for (Token t : s.tokens) {
            if (t.kind() == Kind.RAW_TEXT && s.names.get(t.element()).equals("title")) {
                String title = HtmlEntities.decode(html.substring(t.begin(), t.end())).replaceAll("\\s+", " ").strip();
                return title.isEmpty() ? null : title;
            }
        }
        return null;
    }

    private static String url(HtmlScanner s) {
        for (Token t : s.tokens) {
            if (t.kind() == Kind.START && t.name().equals("link")
                    && "canonical".equalsIgnoreCase(t.attributes().getOrDefault("rel", ""))
                    && !t.attributes().getOrDefault("href", "").isBlank()) {
                return t.attributes().get("href").strip();
            }
        }
        return meta(s, "og:url");
    }

    private static String published(HtmlScanner s) {
        for (String key : List.of("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
                "pubdate", "publishdate")) {
            String v = meta(s, key);
            if (v != null) {
                return v;
            }
        }
        for (Token t : s.tokens) {
            if (t.kind() == Kind.START && t.name().equals("time") && t.attributes().containsKey("datetime")) {
                return t.attributes().get("datetime");
            }
        }
        return null;
    }

    /** The content of {@code <meta property|name|itemprop=key>}, keys compared without case. */
    private static String meta(HtmlScanner s, String key) {
        for (Token t : s.tokens) {
            if (t.kind() == Kind.START && t.name().equals("meta")) {
                Map<String, String> a = t.attributes();
                for (String attr : List.of("property", "name", "itemprop")) {
                    if (key.equalsIgnoreCase(a.getOrDefault(attr, "")) && !a.getOrDefault("content", "").isBlank()) {
                        return a.get("content").strip();
                    }
                }
            }
        }
        return null;
    }
}
