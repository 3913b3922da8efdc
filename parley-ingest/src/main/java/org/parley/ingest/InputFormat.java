package org.parley.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file holds, from its name when the extension says, else from its first bytes. A known
 * extension wins over the content, so a mislabelled file fails loudly rather than silently
 * becoming something else.
 */
public enum InputFormat {
    /** Plain text: one document. */
    TEXT,
    /** One JSON document per line, gzipped when the name ends in .gz. */
    JSONL,
    /** RSS or Atom: one document per item. */
    FEED,
    /** An HTML page: one document, boilerplate removed. */
    HTML;

    /** How many leading bytes {@link #detect} looks at. */
    public static final int SNIFF_BYTES = 16 * 1024;

    /** The format of a file named {@code fileName} whose content starts with {@code head}. */
    public static InputFormat detect(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return FEED;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        return sniff(head);
    }

    /**
     * The format by content alone. A feed's root ({@code <rss>}, {@code <feed>}, {@code <rdf:RDF>})
     * is a feed; {@code <html>} or an HTML doctype is a page; any other XML (a declaration or a
     * doctype first) goes to the feed reader, which refuses what is not a feed in one line, so XML
     * is never stored as if it were article text; other markup (a tag first) is a page; a JSON
     * object is JSONL; anything else is text.
     */
    public static InputFormat sniff(byte[] head) {
        Charset bom = SourceText.bomCharset(head);
        int skip = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        int length = Math.min(head.length, SNIFF_BYTES) - skip;
        // Latin-1 maps every byte to one char, so markup in any ASCII-compatible encoding reads as written.
        String s = new String(head, skip, Math.max(0, length), bom == null ? StandardCharsets.ISO_8859_1 : bom).stripLeading();
        String lower = s.toLowerCase(Locale.ROOT);
        String root = XmlProlog.rootName(s);
        if (root != null && (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf"))) {
            return FEED;
        }
        if (root != null && (root.equals("html") || root.equals("head") || root.equals("body"))
                || lower.startsWith("<!doctype html")) {
            return HTML;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<!doctype")) {
            return FEED;
        }
        if (s.length() > 1 && s.charAt(0) == '<' && (Character.isLetter(s.charAt(1)) || s.startsWith("<!--"))) {
            return HTML;
        }
        return s.startsWith("{") ? JSONL : TEXT;
    }
}
