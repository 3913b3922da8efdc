package org.parley.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page read as an article.
 *
 * @param title {@code og:title}, else {@code <title>}; null when the page has neither
 * @param url {@code <link rel=canonical>}, else {@code og:url}; null when absent
 * @param date the publication date as the page writes it ({@code article:published_time} and kin,
 *             else the first {@code <time datetime>}); null when absent
 * @param text the article text and its offsets: into the page's bytes when read from bytes,
 *             into its characters when cleaned from a string
 */
public record HtmlPage(String title, String url, String date, CleanText text) {

    private static final Pattern CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    public HtmlPage {
        Objects.requireNonNull(text, "text");
    }

    /** The publication date, or null when the page gives none or one that is not a date (see {@link #date()}). */
    public LocalDate published() {
        return PublicationDates.parse(date);
    }

    /** A page from its bytes, in UTF-8 or the charset it declares. */
    public static HtmlPage read(byte[] bytes) throws MarkupException {
        return of(decode(bytes, null));
    }

    /** A page from its decoded bytes; the text's offsets point into the bytes. */
    public static HtmlPage of(SourceText source) {
        HtmlPage page = HtmlCleaner.page(source.text());
        CleanText text = new CleanText(page.text().text(), source.toBytes(page.text().offsets()));
        return new HtmlPage(page.title(), page.url(), page.date(), text);
    }

    /**
     * A page's characters: by its BOM, else the charset its first kilobyte declares in a
     * {@code <meta>} tag, else {@code given}, else as {@link SourceText} decides.
     */
    public static SourceText decode(byte[] bytes, Charset given) throws MarkupException {
        Charset declared = null;
        String head = new String(bytes, 0, Math.min(bytes.length, InputFormat.SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            declared = SourceText.named(browserName(m.group(1)), "a <meta> tag");
        }
        return SourceText.decode(bytes, declared, "its <meta> tag", given);
    }

    /**
     * The charset browsers use for a declared name (WHATWG Encoding): Latin-1 labels mean
     * Windows-1252, and a page that declares UTF-16 in ASCII bytes is not UTF-16.
     */
    private static String browserName(String declared) {
        String name = declared.toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return "windows-1252";
        }
        return name.startsWith("utf-16") ? "utf-8" : declared;
    }
}
