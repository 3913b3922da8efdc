package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Boilerplate removal, content selection, entities, breaks and page metadata on small pages of our own. */
class HtmlCleanerTest {

    @Test
    void articlePageKeepsTheLargestArticleWithoutBoilerplate() throws Exception {
        HtmlPage page = HtmlPage.read(Resources.bytes("article.html"));
        assertEquals("Negotiators from Armenia and Azerbaijan resumed talks in Geneva on Tuesday, the Swiss foreign "
                + "ministry said.\n\nThe Armenian delegation called the meeting \u201Cconstructive\u201D \u2014 a word it "
                + "had not used since October & the breakdown of the previous round.\n\nAzerbaijan\u2019s envoy said\nthe "
                + "border question remained open.", page.text().text());
        assertEquals("Ceasefire talks resume in Geneva", page.title());
        assertEquals("https://times.example.org/2025/03/04/ceasefire-talks", page.url());
        assertEquals(LocalDate.of(2025, 3, 4), page.published());
    }

    @Test
    void withoutArticleOrMainTheDensestParagraphsWin() throws Exception {
        HtmlPage page = HtmlPage.read(Resources.bytes("no-article.html"));
        assertEquals("Statement on the Black Sea grain corridor\n\nThe Turkish government urged Russia and Ukraine to "
                + "restore the grain corridor.\n\nAnkara offered to host a new round of talks in Istanbul next month.\n\n"
                + "The United Nations welcomed the offer.", page.text().text());
        assertEquals("Press release", page.title());
        assertNull(page.url());
        assertNull(page.published());
    }

    @Test
    void mainIsUsedWhenThereIsNoArticle() {
        String html = "<body><div><p>Menu item one.</p><p>Menu item two, longer than the main text by far.</p></div>"
                + "<main><h1>Title</h1><div>Main text.</div></main></body>";
        assertEquals("Title\n\nMain text.", HtmlCleaner.page(html).text().text());
    }

    @Test
    void fragmentKeepsAllButBoilerplate() {
        String html = "  <div>One<b>two</b> three</div><nav>skip</nav><p hidden>hidden</p><div role=\"navigation\">x</div>"
                + "<style>p{}</style><!-- a comment --><table><tr><td>a</td><td>b</td></tr></table> 5 &lt; 6 &amp;&amp; x";
        assertEquals("Onetwo three\n\na b\n\n5 < 6 && x", HtmlCleaner.fragment(html).text());
    }

    @Test
    void tolerantOfBrokenMarkup() {
        assertEquals("a < b and c", HtmlCleaner.fragment("a < b <i>and</b> c").text());
        assertEquals("text", HtmlCleaner.fragment("text<!-- never closed <p>hidden").text());
        assertEquals("x", HtmlCleaner.fragment("x<script>never closed").text());
        assertEquals("one\n\ntwo", HtmlCleaner.fragment("<p>one<p>two<a href=\"unclosed").text());
        assertEquals("AT&T &unknown; \uD83D\uDE00\uFFFD", HtmlCleaner.fragment("AT&T &unknown; &#x1F600&#0;").text());
        assertEquals("\u2209 \u00ACit; &x \uD835\uDD04 \u2AA2\u0338", HtmlCleaner.fragment("&notin; &notit; &ampx &Afr; &NotNestedGreaterGreater;").text(),
                "all of HTML's named entities, as browsers read them");
        assertEquals("stray\n\ncell", HtmlCleaner.fragment("<table>stray<tr><td>cell</td></tr></table>").text(),
                "text the parser moves out of a table stays in source order");
        assertEquals("", HtmlCleaner.fragment("<div>  </div><script>x</script>").text());
    }

    @Test
    void textHiddenByStyleIsLeftOut() {
        String html = "<html><head><style>.teaser, .x { display: none } .shown { color: red }</style></head><body><article>"
                + "<p>Seen.</p><p style=\"display:none\">Inline hidden.</p><p style=\"color: red; visibility: hidden\">"
                + "Invisible.</p><p class=\"teaser\">Class hidden.</p><p class=\"shown\">Shown too.</p></article></body></html>";
        assertEquals("Seen.\n\nShown too.", HtmlCleaner.page(html).text().text());
    }

    @Test
    void windows1252ReferencesAndNoBreakSpaces() {
        assertEquals("\u201Cyes\u201D \u2013 no", HtmlCleaner.fragment("&#147;yes&#148;&nbsp;&#150;\u00A0\u00A0no").text());
    }

    @Test
    void declaredCharsetIsHonouredAndBadBytesAreReported() throws Exception {
        byte[] latin = "<meta charset=\"iso-8859-1\"><p>Caf\u00E9 talks</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00E9 talks", HtmlPage.read(latin).text().text());
        byte[] bad = "<p>Caf\u00E9 talks</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00E9 talks", HtmlPage.read(bad).text().text(), "undeclared Latin-1 reads as windows-1252");
        byte[] wrong = "<meta charset=\"utf-8\"><p>Caf\u00E9 talks</p>".getBytes(StandardCharsets.ISO_8859_1);
        MarkupException e = assertThrows(MarkupException.class, () -> HtmlPage.read(wrong));
        assertEquals("not valid UTF-8 at byte 28 (the charset its <meta> tag declares)", e.getMessage());
        assertThrows(MarkupException.class, () -> HtmlPage.read("<meta charset=klingon><p>x".getBytes(StandardCharsets.UTF_8)));
    }
}
