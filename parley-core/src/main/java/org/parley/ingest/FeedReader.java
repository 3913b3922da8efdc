package org.parley.ingest;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * RSS 2.0, RSS 1.0 and Atom feeds, one {@link FeedItem} per {@code <item>} or {@code <entry>}.
 * Parsed with the JDK's StAX with DTDs and external entities off, so a feed cannot make us
 * read local files or the network. The encoding comes from the XML declaration or BOM
 * (UTF-8 by default) and a byte that does not decode is an error, as any other
 * malformation: the whole file is refused with one {@link MarkupException} saying where.
 */
public final class FeedReader {

    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

    private FeedReader() {
    }

    /**
     * One feed item as a document's fields, or the reason it is not one.
     *
     * @param index 1-based position among the feed's items
     * @param text the item's text; its offsets point into the chosen field's markup as the feed
     *             carried it (content:encoded, content, description or summary, XML-unescaped);
     *             null when {@code error} is set
     * @param error why the item cannot be a document (no text), or null
     */
    public record FeedItem(int index, String title, String url, LocalDate published, CleanText text, String error) {

        public FeedItem {
            if ((text == null) == (error == null)) {
                throw new IllegalArgumentException("a feed item has either text or an error");
            }
        }
    }

    /** The items of a feed, in order. */
    public static List<FeedItem> read(byte[] xml) throws MarkupException {
        if (xml.length == 0) {
            throw new MarkupException("empty file");
        }
        XMLStreamReader r = null;
        int items = 0;
        try {
            r = factory().createXMLStreamReader(new StringReader(decode(xml)));
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, processing instructions
            }
            if (!r.isStartElement()) {
                throw new MarkupException("no root element");
            }
            String root = r.getLocalName();
            if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF")) {
                throw new MarkupException("not an RSS or Atom feed: the root element is <" + r.getLocalName() + ">");
            }
            List<FeedItem> out = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT
                        && (r.getLocalName().equals("item") || r.getLocalName().equals("entry"))) {
                    items++;
                    out.add(item(r, items));
                }
            }
            return out;
        } catch (XMLStreamException e) {
            throw new MarkupException(malformed(e, items));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to release; the parse result or error stands
                }
            }
        }
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "^<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /**
     * The file's characters: by BOM, else by the XML declaration's encoding, else UTF-8, strictly.
     * Decoded here rather than by the parser, whose own decoding errors carry no position and are
     * also printed to standard error.
     */
    private static String decode(byte[] xml) throws MarkupException {
        Charset charset = StrictDecoder.bomCharset(xml);
        if (charset == null) {
            java.util.regex.Matcher m = DECLARED.matcher(new String(xml, 0, Math.min(xml.length, 200),
                    StandardCharsets.ISO_8859_1));
            charset = m.find() ? StrictDecoder.named(m.group(1), "the XML declaration") : StandardCharsets.UTF_8;
        }
        String text = StrictDecoder.decode(xml, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** Reads one item's fields, up to and including its end tag. */
    private static FeedItem item(XMLStreamReader r, int index) throws XMLStreamException {
        String title = null;
        String url = null;
        String guid = null;
        String published = null;
        String updated = null;
        String[] texts = new String[4];
        boolean plainContent = false;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            String name = r.getLocalName();
            String ns = r.getNamespaceURI();
            if (MEDIA_RSS.equals(ns)) {
                field(r);
                continue;
            }
            String type = r.getAttributeValue(null, "type");
            String rel = r.getAttributeValue(null, "rel");
            String href = r.getAttributeValue(null, "href");
            boolean permaLink = !"false".equals(r.getAttributeValue(null, "isPermaLink"));
            String value = field(r);
            switch (name) {
                case "title" -> title = title != null ? title : value;
                case "link" -> {
                    String link = href != null ? href : value;
                    if (url == null && (rel == null || rel.equals("alternate")) && !link.isBlank()) {
                        url = link.strip();
                    }
                }
                case "guid" -> guid = permaLink && value.strip().startsWith("http") ? value.strip() : guid;
                case "pubDate", "published", "issued" -> published = published != null ? published : value;
                case "date", "updated", "modified" -> updated = updated != null ? updated : value;
                case "encoded" -> texts[0] = value;
                case "content" -> {
                    texts[1] = value;
                    plainContent = type == null || type.toLowerCase(Locale.ROOT).equals("text");
                }
                case "description" -> texts[2] = value;
                case "summary" -> texts[3] = value;
                default -> { }
            }
        }
        String cleanTitle = title == null ? null : HtmlCleaner.fragment(title).text();
        cleanTitle = cleanTitle == null || cleanTitle.isEmpty() ? null : cleanTitle;
        LocalDate date = PublicationDates.parse(published != null ? published : updated);
        for (int k = 0; k < texts.length; k++) {
            if (texts[k] == null || texts[k].isBlank()) {
                continue;
            }
            CleanText text = k == 1 && plainContent ? plain(texts[k]) : HtmlCleaner.fragment(texts[k]);
            if (!text.text().isEmpty()) {
                return new FeedItem(index, cleanTitle, url != null ? url : guid, date, text, null);
            }
        }
        return new FeedItem(index, cleanTitle, url != null ? url : guid, date, null,
                "no text in content:encoded, content, description or summary");
    }

    /** Atom's type="text": no markup, only whitespace to collapse. */
    private static CleanText plain(String s) {
        TextBuilder out = new TextBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append(s.charAt(i), i, i + 1);
        }
        return out.build();
    }

    /**
     * The content of the element the reader is on, through its end tag. Text alone is returned
     * as written (escaped HTML arrives unescaped); child elements (Atom's type="xhtml") are
     * written back as markup, their text escaped, so the HTML cleaner sees what the feed meant.
     */
    private static String field(XMLStreamReader r) throws XMLStreamException {
        StringBuilder raw = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        boolean children = false;
        int depth = 0;
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    raw.append(r.getText());
                    markup.append(r.getText().replace("&", "&amp;").replace("<", "&lt;"));
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    children = true;
                    depth++;
                    markup.append('<').append(r.getLocalName());
                    for (int a = 0; a < r.getAttributeCount(); a++) {
                        markup.append(' ').append(r.getAttributeLocalName(a)).append("=\"")
                                .append(r.getAttributeValue(a).replace("&", "&amp;").replace("\"", "&quot;")).append('"');
                    }
                    markup.append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return children ? markup.toString() : raw.toString();
                    }
                    depth--;
                    markup.append("</").append(r.getLocalName()).append('>');
                }
                default -> { }
            }
        }
    }

    private static String malformed(XMLStreamException e, int items) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        message = message.replaceAll("\\s+", " ").strip();
        Location at = e.getLocation();
        String where = at == null || at.getLineNumber() < 0 ? ""
                : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String item = items > 0 ? " (in item " + items + ")" : "";
        return "malformed XML" + where + item + ": " + message;
    }

    /** The qualified name of the first element in {@code head}, lower-cased, or null when none is found. */
    static String rootName(String head) {
        int i = 0;
        int n = head.length();
        while (i < n) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (head.startsWith("<?", i) || head.startsWith("<!", i)) {
                boolean comment = head.startsWith("<!--", i);
                int close = comment ? head.indexOf("-->", i + 4) : head.indexOf('>', i);
                if (close < 0) {
                    return null;
                }
                i = close + (comment ? 3 : 1);
            } else if (c == '<') {
                int end = i + 1;
                while (end < n && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
                        && head.charAt(end) != '/') {
                    end++;
                }
                return end > i + 1 ? head.substring(i + 1, end).toLowerCase(Locale.ROOT) : null;
            } else {
                return null;
            }
        }
        return null;
    }
}
