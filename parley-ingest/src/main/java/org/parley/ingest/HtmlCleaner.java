package org.parley.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to article text, parsed by jsoup as browsers parse it (all of HTML's named entities,
 * implied and misnested tags) with source positions kept. Boilerplate subtrees (script, style,
 * nav, header, footer, aside, form, comments and their kin, and anything hidden: the
 * {@code hidden} attribute, {@code aria-hidden}, an inline or class style of
 * {@code display: none} or {@code visibility: hidden}) are dropped; a page's article is its
 * largest {@code <article>}, else its {@code <main>}, else the element whose paragraphs hold
 * the most text. Block elements become paragraph breaks, whitespace runs one space. Text is
 * written in source order, so the offset map never runs backwards even where the parser
 * moved text (a table's stray text goes before the table in the tree). Thread-safe.
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

    private static final Pattern HIDING = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(?:!important\\s*)?(?:;|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\s*\\.(-?[A-Za-z_][-\\w]*)\\s*");

    private HtmlCleaner() {
    }

    /** The text of an HTML fragment such as a feed item's content: everything but boilerplate. */
    public static CleanText fragment(String html) {
        Document doc = parse(html);
        return text(html, doc, new Hiding(doc));
    }

    /** A whole page: its article text and what its head says about it. */
    public static HtmlPage page(String html) {
        Document doc = parse(html);
        Hiding hiding = new Hiding(doc);
        Element content = content(doc, hiding);
        return new HtmlPage(title(doc), url(doc), published(doc), text(html, content, hiding));
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** Which elements are boilerplate or hidden (their subtrees are left out). */
    private static final class Hiding {
        private final Set<String> hiddenClasses = new java.util.HashSet<>();

        Hiding(Document doc) {
            for (Element style : doc.getElementsByTag("style")) {
                Matcher rule = STYLE_RULE.matcher(style.data());
                while (rule.find()) {
                    if (!HIDING.matcher(rule.group(2).strip()).find()) {
                        continue;
                    }
                    for (String selector : rule.group(1).split(",")) {
                        Matcher m = CLASS_SELECTOR.matcher(selector);
                        if (m.matches()) {
                            hiddenClasses.add(m.group(1));
                        }
                    }
                }
            }
        }

        boolean skips(Element e) {
            if (BOILERPLATE.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || BOILERPLATE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || HIDING.matcher(e.attr("style").strip()).find()) {
                return true;
            }
            if (!hiddenClasses.isEmpty()) {
                for (String c : e.classNames()) {
                    if (hiddenClasses.contains(c)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The element holding the article: largest article, else main, else the densest paragraphs' container. */
    private static Element content(Document doc, Hiding hiding) {
        Map<Element, Integer> total = new IdentityHashMap<>();
        Map<Element, Double> paragraphs = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hiding.skips(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    order.add(e);
                } else if (node instanceof TextNode t && t.parent() != null) {
                    Element parent = t.parent();
                    int visible = visibleChars(t.getWholeText());
                    total.merge(parent, visible, Integer::sum);
                    Element p = parent.normalName().equals("p") ? parent : parent.closest("p");
                    if (p != null && p.parent() != null) {
                        Element container = p.parent();
                        paragraphs.merge(container, (double) visible, Double::sum);
                        if (container.parent() != null) {
                            paragraphs.merge(container.parent(), visible / 2.0, Double::sum);
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc);
        for (int i = order.size() - 1; i >= 0; i--) {
            Element e = order.get(i);
            if (e.parent() != null && total.containsKey(e)) {
                total.merge(e.parent(), total.get(e), Integer::sum);
            }
        }
        for (String preferred : List.of("article", "main")) {
            Element best = null;
            for (Element e : order) {
                int t = total.getOrDefault(e, 0);
                if (e.normalName().equals(preferred) && t > 0 && (best == null || t > total.getOrDefault(best, 0))) {
                    best = e;
                }
            }
            if (best != null) {
                return best;
            }
        }
        Element best = doc;
        double bestScore = 0;
        for (Element e : order) {
            double score = paragraphs.getOrDefault(e, 0.0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** A piece of the output at a source position: a text node's characters, or a break made by a tag. */
    private record Piece(int position, TextNode text, String tag, int end) {
    }

    /** The text under {@code root}, boilerplate left out, written in source order. */
    private static CleanText text(String html, Element root, Hiding hiding) {
        List<Piece> pieces = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Range r = t.sourceRange();
                    if (r.isTracked() && r.endPos() > r.startPos()) {
                        pieces.add(new Piece(r.startPos(), t, null, r.endPos()));
                    }
                } else if (node instanceof Element e) {
                    tag(e, e.sourceRange(), pieces);
                    if (hiding.skips(e)) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    tag(e, e.endSourceRange(), pieces);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        Collections.sort(pieces, Comparator.comparingInt(Piece::position));
        TextBuilder out = new TextBuilder();
        for (Piece p : pieces) {
            if (p.text() != null) {
                CharacterReferences.align(html, p.position(), p.end(), p.text().getWholeText(), out);
            } else if (p.tag().equals("br")) {
                out.line(p.position(), p.end());
            } else if (p.tag().equals("td") || p.tag().equals("th")) {
                out.space(p.position(), p.end());
            } else {
                out.paragraph(p.position(), p.end());
            }
        }
        return out.build();
    }

    /** A break for a tag that is written in the source (implied tags have an empty range and make none). */
    private static void tag(Element e, Range r, List<Piece> pieces) {
        String name = e.normalName();
        if (r.isTracked() && r.endPos() > r.startPos()
                && (BLOCKS.contains(name) || name.equals("br") || name.equals("td") || name.equals("th"))) {
            pieces.add(new Piece(r.startPos(), null, name, r.endPos()));
        }
    }

    private static String title(Document doc) {
        String og = meta(doc, "og:title");
        if (og != null) {
            return og;
        }
        String title = doc.title();
        return title.isBlank() ? null : title;
    }

    private static String url(Document doc) {
        for (Element link : doc.getElementsByTag("link")) {
            if (link.attr("rel").equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
                return link.attr("href").strip();
            }
        }
        return meta(doc, "og:url");
    }

    private static String published(Document doc) {
        for (String key : List.of("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
                "pubdate", "publishdate")) {
            String v = meta(doc, key);
            if (v != null) {
                return v;
            }
        }
        for (Element time : doc.getElementsByTag("time")) {
            if (time.hasAttr("datetime")) {
                return time.attr("datetime");
            }
        }
        return null;
    }

    /** The content of {@code <meta property|name|itemprop=key>}, keys compared without case. */
    private static String meta(Document doc, String key) {
        for (Element meta : doc.getElementsByTag("meta")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (key.equalsIgnoreCase(meta.attr(attr)) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").strip();
                }
            }
        }
        return null;
    }
}
