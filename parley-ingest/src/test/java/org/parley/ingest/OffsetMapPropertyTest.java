package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.parley.model.Span;

/**
 * The offset contract of the cleaners, checked the way Lucene's tests check a CharFilter's
 * corrected offsets: on random markup and on the fixtures, every cleaned character maps to
 * the original character it came from, or to the entity it decoded, or (whitespace only) to
 * the whitespace or tag that made it; and the map never runs backwards. (A literal "<" is
 * always followed by a space here: "<talks" would open a tag, in browsers as in the cleaner.)
 */
class OffsetMapPropertyTest {

    private static final List<String> PIECES = List.of("Moscow", "talks", " ", "  ", "\n", "\t", "&amp;", "&lt;", "&gt;",
            "&quot;", "&#8217;", "&#x2019;", "&#150;", "&nbsp;", "&mdash;", "&copy", "&bogus;", "&", "< ", ">", "\u00E9",
            "\uD83C\uDDFA\uD83C\uDDE6", "<p>", "</p>", "<br>", "<br/>", "<div class=\"x\">", "</div>", "<b>", "</b>",
            "<a href=\"/x?a=1&amp;b=2\">", "</a>", "<td>", "</td>", "<li>", "<h2>", "</h2>", "<!-- note -->",
            "<script>var NOPE = 1 < 2;</script>", "<style>p { NOPE: 1 }</style>", "<nav>NOPE</nav>",
            "<aside>NOPE</aside>", "<footer>NOPE</footer>", "<article>", "</article>", "<main>", "</main>", "<!doctype html>",
            "<?xml version=\"1.0\"?>", "\u200B", "&notin;", "&ampx", "&Afr;", "&NotNestedGreaterGreater;", "\r\n",
            "<table>", "</table>", "<tr>", "<span style=\"display: none\">NOPE</span>", "<div style=\"visibility:hidden\">NOPE</div>", "\u00AD", "</stray>", "<p hidden>NOPE</p>", "<img alt=\"NOPE\">");

    @Test
    void randomMarkupMapsEveryCharacterBackToItsOrigin() {
        Random random = new Random(20250218);
        for (int round = 0; round < 3000; round++) {
            StringBuilder html = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                html.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = html.toString();
            check(s, HtmlCleaner.fragment(s));
            check(s, HtmlCleaner.page(s).text());
            assertFalse(HtmlCleaner.fragment(s).text().contains("NOPE"), s);
        }
    }

    @Test
    void fixturesMapEveryCharacterBackToTheBytesItCameFrom() throws Exception {
        for (String name : List.of("article.html", "no-article.html")) {
            byte[] bytes = Resources.bytes(name);
            CleanText clean = HtmlPage.read(bytes).text();
            checkBytes(bytes, StandardCharsets.UTF_8, clean, false);
            assertTrue(clean.text().length() > 100, name);
        }
        for (String name : List.of("world.rss", "summit.atom")) {
            byte[] bytes = Resources.bytes(name);
            int items = 0;
            for (FeedReader.FeedItem item : FeedReader.read(bytes).items()) {
                if (item.error() == null) {
                    checkBytes(bytes, StandardCharsets.UTF_8, item.text(), true);
                    items++;
                }
            }
            assertTrue(items >= 2, name);
        }
    }

    @Test
    void aLatin1PageMapsToItsBytes() throws Exception {
        String html = "<meta charset=\"iso-8859-1\"><p>Caf\u00E9 &eacute;t\u00E9 &amp; \u00AB talks \u00BB</p>";
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);
        CleanText clean = HtmlPage.read(bytes).text();
        assertEquals("Caf\u00E9 \u00E9t\u00E9 & \u00AB talks \u00BB", clean.text());
        checkBytes(bytes, Charset.forName("windows-1252"), clean, false);
    }

    @Test
    void feedItemsMapThroughEscapedMarkupAndCdataToTheFile() throws Exception {
        String xml = "<rss><channel><item><title>T</title><description>&lt;p&gt;Kyiv &amp;amp; Warsaw\u2019s "
                + "&lt;b&gt;talks&lt;/b&gt;&lt;/p&gt;</description></item>\n<item><content:encoded><![CDATA[<p>Caf\u00E9"
                + " &eacute;lys\u00E9e &amp; co</p>]]></content:encoded></item></channel></rss>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        List<FeedReader.FeedItem> items = FeedReader.read(bytes).items();
        assertEquals("Kyiv & Warsaw\u2019s talks", items.get(0).text().text());
        assertEquals("Caf\u00E9 \u00E9lys\u00E9e & co", items.get(1).text().text());
        for (FeedReader.FeedItem item : items) {
            checkBytes(bytes, StandardCharsets.UTF_8, item.text(), true);
        }
        CleanText first = items.get(0).text();
        int w = first.text().indexOf("Warsaw");
        Span original = first.offsets().original(new Span(w, w + 6));
        assertEquals("Warsaw", new String(bytes, original.begin(), original.length(), StandardCharsets.UTF_8));
        int amp = first.text().indexOf('&');
        Span ampSource = first.offsets().original(new Span(amp, amp + 1));
        assertEquals("&amp;amp;", new String(bytes, ampSource.begin(), ampSource.length(), StandardCharsets.UTF_8),
                "an entity escaped twice maps to both escapes");
    }

    @Test
    void encodedMapsDecodeToThemselvesAndStayShortForCleanText() throws Exception {
        for (String name : List.of("article.html", "no-article.html")) {
            OffsetMap map = HtmlPage.read(Resources.bytes(name)).text().offsets();
            String encoded = map.encode();
            assertEquals(map, OffsetMap.decode(encoded), name);
        }
        String words = "Talks went on. ".repeat(400).strip();
        assertEquals("3,1," + words.length(), HtmlCleaner.fragment("<p>" + words + "</p>").offsets().encode(),
                "a clean stretch of text is one run");
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                html.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            OffsetMap map = HtmlCleaner.fragment(html.toString()).offsets();
            assertEquals(map, OffsetMap.decode(map.encode()), html.toString());
        }
        assertEquals(OffsetMap.identity(0), OffsetMap.decode(""));
    }

    /**
     * The contract at the byte level: each cleaned character's bytes, decoded, are the character
     * itself, a reference that decodes to it (once, or twice in a feed, where escaped HTML is
     * XML-escaped again), or (whitespace only) whitespace or a tag.
     */
    static void checkBytes(byte[] bytes, Charset charset, CleanText clean, boolean feed) {
        String text = clean.text();
        OffsetMap map = clean.offsets();
        for (int i = 0; i < text.length(); i++) {
            int b = map.begin(i);
            int e = map.end(i);
            assertTrue(b >= 0 && e <= bytes.length && e > b && (i == 0 || b >= map.begin(i - 1)), "range of " + i);
            String from = new String(bytes, b, e - b, charset);
            char c = text.charAt(i);
            String once = Parser.unescapeEntities(from, false);
            String twice = feed ? Parser.unescapeEntities(once, false) : once;
            boolean ok = from.length() == 1 && from.charAt(0) == c
                    || from.startsWith("&") && (once.indexOf(c) >= 0 || twice.indexOf(c) >= 0)
                    || from.codePointCount(0, from.length()) == 1 && from.indexOf(c) >= 0
                    || TextBuilder.isSpace(c) && (from.startsWith("<") || once.startsWith("<") || from.isBlank() || once.isBlank());
            if (!ok) {
                fail("character " + i + " " + quote(String.valueOf(c)) + " of " + quote(text) + " maps to bytes "
                        + quote(from));
            }
        }
    }

    @Test
    void aWordsOriginalSpanCoversItsMarkup() {
        String html = "<p>The <b>Polish</b> minister said &ldquo;no&rdquo;.</p>";
        CleanText clean = HtmlCleaner.fragment(html);
        assertEquals("The Polish minister said \u201Cno\u201D.", clean.text());
        int q = clean.text().indexOf('\u201C');
        assertEquals("&ldquo;no&rdquo;", clean.offsets().original(new Span(q, q + 4)).of(html));
        int p = clean.text().indexOf("Polish");
        assertEquals("Polish", clean.offsets().original(new Span(p, p + 6)).of(html));
    }

    /** The contract, for one cleaned text of one original. */
    static void check(String original, CleanText clean) {
        String text = clean.text();
        OffsetMap map = clean.offsets();
        assertEquals(text.length(), map.length());
        for (int i = 0; i < text.length(); i++) {
            int b = map.begin(i);
            int e = map.end(i);
            if (b < 0 || e > original.length() || e <= b || i > 0 && b < map.begin(i - 1)) {
                fail("bad range [" + b + ", " + e + ") for character " + i + " of " + quote(text) + " from "
                        + quote(original));
            }
            String from = original.substring(b, e);
            char c = text.charAt(i);
            boolean ok;
            if (from.length() == 1 && from.charAt(0) == c) {
                ok = true;
            } else if (from.startsWith("&")) {
                String decoded = Parser.unescapeEntities(from, false);
                ok = decoded.indexOf(c) >= 0 || TextBuilder.isSpace(c) && decoded.chars().allMatch(x -> TextBuilder.isSpace((char) x));
            } else if (TextBuilder.isSpace(c)) {
                ok = from.startsWith("<") || from.length() == 1 && TextBuilder.isSpace(from.charAt(0));
            } else {
                ok = false;
            }
            if (!ok) {
                fail("character " + i + " " + quote(String.valueOf(c)) + " of " + quote(text) + " maps to "
                        + quote(from) + " in " + quote(original));
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
