package org.parley.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * RSS 2.0, RSS 1.0 and Atom feeds, one {@link FeedItem} per {@code <item>} or {@code <entry>},
 * parsed by jsoup's XML parser with source positions kept. The parser is lenient, so one
 * malformed, truncated or entity-broken item fails alone, with one line saying where, and the
 * good items around it are kept. A feed cannot make us read local files or the network, nor
 * expand entities: jsoup knows only HTML's and XML's built-in entities, and the document type
 * declaration is blanked out before parsing; an item that uses an entity the DTD declares is
 * refused by name. Item text offsets point into the bytes of the file.
 */
public final class FeedReader {

    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_][-A-Za-z0-9._]*);");

    private FeedReader() {
    }

    /**
     * One feed item as a document's fields, or the reason it is not one.
     *
     * @param index 1-based position among the feed's items
     * @param date the item's date as written ({@code pubDate}/{@code published}, else
     *             {@code dc:date}/{@code updated}), or null
     * @param text the item's text, its offsets pointing into the file's bytes; null when {@code error} is set
     * @param error why the item cannot be a document, or null
     */
    public record FeedItem(int index, String title, String url, String date, CleanText text, String error) {

        public FeedItem {
            if ((text == null) == (error == null)) {
                throw new IllegalArgumentException("a feed item has either text or an error");
            }
        }

        /** The item's date, or null when it has none or one that is not a date. */
        public LocalDate published() {
            return PublicationDates.parse(date);
        }
    }

    /**
     * A feed's items and what it says of itself.
     *
     * @param date the feed's own date as written (the channel's {@code pubDate}, {@code lastBuildDate}
     *             or {@code dc:date}, the Atom feed's {@code updated}), or null
     * @param note what was guessed about the charset, or null
     */
    public record Feed(String date, List<FeedItem> items, String note) {

        public Feed {
            items = List.copyOf(items);
        }
    }

    /** The items of a feed in UTF-8 or the charset it declares. */
    public static Feed read(byte[] xml) throws MarkupException {
        return read(xml, null);
    }

    /**
     * The items of a feed, in order.
     *
     * @param given the charset for a feed without a BOM or declared encoding, or null to detect it
     * @throws MarkupException when the file is empty, does not decode, or is not a feed at all
     */
    public static Feed read(byte[] xml, Charset given) throws MarkupException {
        if (xml.length == 0) {
            throw new MarkupException("empty file");
        }
        SourceText source = decode(xml, given);
        XmlProlog.Blanked blanked = XmlProlog.withoutDoctype(source.text());
        String text = blanked.text();
        Document doc = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        Element root = doc.children().first();
        if (root == null) {
            throw new MarkupException("not an RSS or Atom feed: no root element");
        }
        String rootName = FeedFields.localName(root);
        if (!rootName.equals("rss") && !rootName.equals("feed") && !rootName.equals("RDF")) {
            throw new MarkupException("not an RSS or Atom feed: the root element is <" + root.tagName() + ">");
        }
        int[] bytes = source.byteOffsets();
        List<FeedItem> items = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String name = FeedFields.localName(e);
            if ((name.equals("item") || name.equals("entry")) && !insideItem(e)) {
                items.add(item(text, e, items.size() + 1, blanked.entities(), bytes));
            }
        }
        return new Feed(feedDate(root), items, source.note());
    }

    private static SourceText decode(byte[] xml, Charset given) throws MarkupException {
        Matcher m = DECLARED.matcher(new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1));
        Charset declared = m.find() ? SourceText.named(m.group(1), "the XML declaration") : null;
        return SourceText.decode(xml, declared, "its XML declaration", given);
    }

    private static boolean insideItem(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String name = FeedFields.localName(p);
            if (name.equals("item") || name.equals("entry")) {
                return true;
            }
        }
        return false;
    }

    private static FeedItem item(String xml, Element item, int index, Set<String> dtdEntities, int[] bytes) {
        String problem = problem(xml, item, dtdEntities);
        FeedFields fields = new FeedFields(xml, item);
        if (problem != null) {
            return new FeedItem(index, fields.title(), fields.url(), fields.date(), null, problem);
        }
        CleanText text = fields.text();
        if (text == null) {
            return new FeedItem(index, fields.title(), fields.url(), fields.date(), null,
                    "no text in content:encoded, content, description or summary");
        }
        return new FeedItem(index, fields.title(), fields.url(), fields.date(),
                new CleanText(text.text(), text.offsets().inBytes(bytes)), null);
    }

    /**
     * Why the item cannot be read as written, or null: the file ends inside it, it or one of its
     * fields is not closed, it holds a character XML forbids, or it uses an entity of the DTD.
     */
    private static String problem(String xml, Element item, Set<String> dtdEntities) {
        if (unclosed(xml, item) && item.endSourceRange().startPos() >= xml.stripTrailing().length()) {
            return "cut off: the file ends inside this item, before its </" + item.tagName() + ">";
        }
        for (Element e : item.getAllElements()) {
            if ((e == item || e.parent() == item) && unclosed(xml, e)) {
                return unclosed(xml, e.endSourceRange().isTracked() ? e.endSourceRange().startPos() : xml.length(), e);
            }
        }
        Range r = item.sourceRange();
        int end = unclosed(xml, item) ? xml.length() : item.endSourceRange().endPos();
        for (int i = r.startPos(); i < end; i++) {
            char c = xml.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format(java.util.Locale.ROOT, "malformed XML at %s: control character U+%04X is not "
                        + "allowed in XML", where(xml, i), (int) c);
            }
        }
        if (!dtdEntities.isEmpty()) {
            Matcher m = REFERENCE.matcher(xml).region(r.startPos(), end);
            while (m.find()) {
                if (dtdEntities.contains(m.group(1))) {
                    return "uses the entity &" + m.group(1) + "; that the feed's DTD declares at " + where(xml, m.start())
                            + "; Parley never reads DTDs";
                }
            }
        }
        return null;
    }

    /** Whether the element has no end tag of its own: neither {@code </name>} nor {@code <name/>}. */
    private static boolean unclosed(String xml, Element e) {
        Range end = e.endSourceRange();
        if (end.isTracked() && end.endPos() > end.startPos()) {
            return false;
        }
        Range start = e.sourceRange();
        return !(start.isTracked() && start.endPos() >= 2 && xml.startsWith("/>", start.endPos() - 2));
    }

    private static String unclosed(String xml, int at, Element e) {
        if (at >= xml.stripTrailing().length()) {
            return "cut off: the file ends before </" + e.tagName() + ">";
        }
        String closer = "";
        if (xml.startsWith("</", at)) {
            int close = xml.indexOf('>', at);
            closer = " before " + (close > 0 && close - at < 80 ? xml.substring(at, close + 1) : "an end tag");
        }
        return "malformed XML at " + where(xml, at) + ": <" + e.tagName() + "> is not closed" + closer;
    }

    /** "line L, column C" of a character offset. */
    static String where(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    /** The channel's or Atom feed's own date. */
    private static String feedDate(Element root) {
        Element channel = root;
        for (Element child : root.children()) {
            if (FeedFields.localName(child).equals("channel")) {
                channel = child;
            }
        }
        for (String name : List.of("pubDate", "lastBuildDate", "date", "updated", "published")) {
            for (Element child : channel.children()) {
                if (FeedFields.localName(child).equals(name) && !child.text().isBlank()) {
                    return child.text().strip();
                }
            }
        }
        return null;
    }
}
