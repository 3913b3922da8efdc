package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;

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
            "<?xml version=\"1.0\"?>", "\u200B", "\u00AD", "</stray>", "<p hidden>NOPE</p>", "<img alt=\"NOPE\">");

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
    void fixturesMapEveryCharacterBackToItsOrigin() throws Exception {
        for (String name : List.of("article.html", "no-article.html")) {
            String html = Resources.text(name);
            CleanText clean = HtmlPage.read(Resources.bytes(name)).text();
            check(html, clean);
            assertTrue(clean.text().length() > 100, name);
        }
        for (FeedReader.FeedItem item : FeedReader.read(Resources.bytes("world.rss"))) {
            assertTrue(item.error() != null || item.text().offsets().length() == item.text().text().length());
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
                String decoded = HtmlEntities.decode(from);
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
