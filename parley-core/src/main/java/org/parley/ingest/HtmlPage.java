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
 * @param published from {@code article:published_time} and kin, else the first {@code <time datetime>}; null when absent
 * @param text the article text and its offsets into the page's characters
 */
public record HtmlPage(String title, String url, LocalDate published, CleanText text) {

    private static final Pattern CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    public HtmlPage {
        Objects.requireNonNull(text, "text");
    }

    /**
     * A page from its bytes: decoded by its BOM, else the charset its first kilobyte declares,
     * else UTF-8, strictly, then cleaned.
     *
     * @throws MarkupException when the bytes do not decode in that charset
     */
    public static HtmlPage read(byte[] bytes) throws MarkupException {
        return HtmlCleaner.page(decode(bytes));
    }

    static String decode(byte[] bytes) throws MarkupException {
        Charset charset = StrictDecoder.bomCharset(bytes);
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
            String head = new String(bytes, 0, Math.min(bytes.length, InputFormat.SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = CHARSET.matcher(head);
            if (m.find()) {
                charset = StrictDecoder.named(browserName(m.group(1)), "a <meta> tag");
            }
        }
        return StrictDecoder.decode(bytes, charset);
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
