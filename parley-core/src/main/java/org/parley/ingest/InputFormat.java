package org.parley.ingest;

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
    public static final int SNIFF_BYTES = 1024;

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

    /** The format by content alone: a feed's or a page's root element, a JSON object, else text. */
    public static InputFormat sniff(byte[] head) {
        // Latin-1 maps every byte to one char, so markup in any ASCII-compatible encoding reads as written.
        String s = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        String root = FeedReader.rootName(s);
        if (root != null) {
            if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) {
                return FEED;
            }
            if (root.equals("html") || root.equals("head") || root.equals("body")
                    || s.strip().toLowerCase(Locale.ROOT).startsWith("<!doctype html")) {
                return HTML;
            }
        }
        return s.stripLeading().startsWith("{") ? JSONL : TEXT;
    }
}
