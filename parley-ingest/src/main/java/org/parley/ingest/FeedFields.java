package org.parley.ingest;

import java.util.Locale;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The fields of one feed item (its child elements): title, link, date and the richest text
 * field ({@code content:encoded}, else {@code content}, {@code description}, {@code summary}).
 * A text field's content is unescaped (entities, CDATA) with each character's position in the
 * file kept, then cleaned as HTML, or as plain text for Atom's {@code type="text"}; a field
 * that holds elements (Atom's {@code type="xhtml"}, or HTML a feed did not escape) is cleaned
 * as the markup it is. Media RSS elements ({@code media:title} and kin) are not fields.
 */
final class FeedFields {

    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

    private final String xml;
    private String title;
    private String url;
    private String guid;
    private String published;
    private String updated;
    private final Element[] texts = new Element[4];

    FeedFields(String xml, Element item) {
        this.xml = xml;
        for (Element field : item.children()) {
            if (MEDIA_RSS.equals(namespace(field))) {
                continue;
            }
            String value = field.text().strip();
            switch (localName(field)) {
                case "title" -> title = title != null ? title : cleanTitle(field);
                case "link" -> {
                    String rel = field.attr("rel");
                    String link = field.hasAttr("href") ? field.attr("href").strip() : value;
                    if (url == null && (rel.isEmpty() || rel.equals("alternate")) && !link.isBlank()) {
                        url = link;
                    }
                }
                case "guid" -> guid = !"false".equals(field.attr("isPermaLink")) && value.startsWith("http") ? value : guid;
                case "pubDate", "published", "issued" -> published = published != null || value.isEmpty() ? published : value;
                case "date", "updated", "modified" -> updated = updated != null || value.isEmpty() ? updated : value;
                case "encoded" -> texts[0] = field;
                case "content" -> texts[1] = field;
                case "description" -> texts[2] = field;
                case "summary" -> texts[3] = field;
                default -> { }
            }
        }
    }

    String title() {
        return title;
    }

    /** The link, else a permalink guid. */
    String url() {
        return url != null ? url : guid;
    }

    /** The date as written: pubDate/published/issued, else dc:date/updated/modified. */
    String date() {
        return published != null ? published : updated;
    }

    /** The first text field that holds text after cleaning, with offsets into the file's characters; null when none does. */
    CleanText text() {
        for (Element field : texts) {
            if (field == null || field.text().isBlank() && field.children().isEmpty()) {
                continue;
            }
            CleanText text = clean(field);
            if (!text.text().isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private String cleanTitle(Element field) {
        String t = clean(field).text();
        return t.isEmpty() ? null : t;
    }

    /** A field's content as clean text, mapped to the file's characters. */
    private CleanText clean(Element field) {
        String type = field.attr("type").toLowerCase(Locale.ROOT);
        // Atom's content is text unless its type says otherwise; everything else may hold escaped HTML.
        boolean plain = localName(field).equals("content") && (type.isEmpty() || type.equals("text"));
        if (!field.children().isEmpty() && !plain) {
            int from = field.sourceRange().endPos();
            int to = field.endSourceRange().startPos();
            CleanText markup = HtmlCleaner.fragment(xml.substring(from, to));
            return new CleanText(markup.text(), markup.offsets().shifted(from));
        }
        MappedText raw = new MappedText();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof CDataNode c) {
                    Range r = c.sourceRange();
                    String content = c.getWholeText();
                    int at = r.startPos() + "<![CDATA[".length();
                    for (int i = 0; i < content.length(); i++) {
                        raw.append(content.charAt(i), at + i, at + i + 1);
                    }
                } else if (node instanceof TextNode t && t.sourceRange().isTracked()) {
                    Range r = t.sourceRange();
                    CharacterReferences.align(xml, r.startPos(), r.endPos(), t.getWholeText(), raw);
                }
            }
        }, field);
        CleanText unescaped = raw.build();
        CleanText cleaned = plain ? plain(unescaped.text()) : HtmlCleaner.fragment(unescaped.text());
        return new CleanText(cleaned.text(), cleaned.offsets().through(unescaped.offsets()));
    }

    /** Text that is not markup: only whitespace to collapse. */
    private static CleanText plain(String s) {
        TextBuilder out = new TextBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append(s.charAt(i), i, i + 1);
        }
        return out.build();
    }

    /** The element's name without its namespace prefix. */
    static String localName(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The namespace URI of the element's prefix (or default namespace), declared on it or an ancestor; null when none. */
    private static String namespace(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        String attr = colon < 0 ? "xmlns" : "xmlns:" + name.substring(0, colon);
        for (Element p = e; p != null; p = p.parent()) {
            if (p.hasAttr(attr)) {
                return p.attr(attr);
            }
        }
        return null;
    }
}
