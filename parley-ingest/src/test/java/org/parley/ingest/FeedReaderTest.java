package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.ingest.FeedReader.FeedItem;

/** RSS 2.0, RSS 1.0 and Atom items into document fields; malformed and hostile feeds refused in one line. */
class FeedReaderTest {

    @TempDir
    Path dir;

    @Test
    void rssItemsTakeTheRichestTextField() throws Exception {
        List<FeedItem> items = FeedReader.read(Resources.bytes("world.rss")).items();
        assertEquals(3, items.size());
        FeedItem first = items.get(0);
        assertEquals(1, first.index());
        assertEquals("Poland and Lithuania agree on border patrols", first.title());
        assertEquals("https://news.example.org/world/border-patrols", first.url());
        assertEquals(LocalDate.of(2025, 2, 18), first.published());
        assertEquals("The Polish foreign minister met his Lithuanian counterpart in Vilnius on Tuesday.\n\n"
                + "Both governments agreed to run joint border patrols & to share radar data.", first.text().text());

        FeedItem second = items.get(1);
        assertEquals("https://news.example.org/world/jeddah", second.url(), "a permalink guid stands in for the link");
        assertEquals(LocalDate.of(2025, 3, 11), second.published(), "dc:date when there is no pubDate");
        assertEquals("Ukrainian and American delegations met in Jeddah & discussed a ceasefire.\n\n"
                + "Russia said it would study the proposal.", second.text().text(), "escaped HTML in a description");

        FeedItem third = items.get(2);
        assertNull(third.text());
        assertEquals("no text in content:encoded, content, description or summary", third.error());
        assertEquals("Photo gallery", third.title());
    }

    @Test
    void atomEntriesReadXhtmlContentAlternateLinksAndPublishedDates() throws Exception {
        List<FeedItem> items = FeedReader.read(Resources.bytes("summit.atom")).items();
        assertEquals(2, items.size());
        FeedItem first = items.get(0);
        assertEquals("Ministers meet in Brussels", first.title());
        assertEquals("https://diplomacy.example.org/brussels", first.url());
        assertEquals(LocalDate.of(2025, 2, 20), first.published(), "published wins over updated");
        assertEquals("European ministers met in Brussels to discuss sanctions on Russia.\n\n"
                + "Hungary said it would not support new measures.", first.text().text());
        FeedItem second = items.get(1);
        assertEquals("https://diplomacy.example.org/ankara", second.url());
        assertEquals(LocalDate.of(2025, 2, 22), second.published());
        assertEquals("The Swedish envoy visited Ankara & praised Turkey's mediation.", second.text().text());
    }

    @Test
    void rss1ItemsAreRead() throws Exception {
        String rdf = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\"><channel><title>c</title></channel>"
                + "<item><title>A</title><link>https://example.org/a</link><description>Text a.</description></item>"
                + "</rdf:RDF>";
        List<FeedItem> items = FeedReader.read(rdf.getBytes(StandardCharsets.UTF_8)).items();
        assertEquals(1, items.size());
        assertEquals("Text a.", items.get(0).text().text());
        assertEquals("https://example.org/a", items.get(0).url());
    }

    @Test
    void aMalformedItemFailsAloneWithLineAndColumnAndTheGoodItemsAreKept() throws Exception {
        String xml = "<rss><channel>\n<item><description>ok</description></item>\n<item><title>Broken</title>\n"
                + "<description>unclosed</item>\n<item><description>also &nbsp;ok &amp; AT&T &bogus;</description></item>"
                + "</channel></rss>";
        List<FeedItem> items = FeedReader.read(xml.getBytes(StandardCharsets.UTF_8)).items();
        assertEquals(3, items.size());
        assertEquals("ok", items.get(0).text().text());
        assertEquals("malformed XML at line 4, column 22: <description> is not closed before </item>", items.get(1).error());
        assertEquals("Broken", items.get(1).title(), "what could be read of a failed item is kept for the message");
        assertEquals("also ok & AT&T &bogus;", items.get(2).text().text(), "entity-broken text is read as browsers do");
    }

    @Test
    void aTruncatedFeedKeepsTheItemsBeforeTheCut() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<rss><channel><item><description>First item.</description></item>\n"
                + "<item><description>Second item.</description></item>\n<item><title>Cut</title><description>Thir";
        List<FeedItem> items = FeedReader.read(xml.getBytes(StandardCharsets.UTF_8)).items();
        assertEquals(3, items.size());
        assertEquals("First item.", items.get(0).text().text());
        assertEquals("Second item.", items.get(1).text().text());
        assertEquals("cut off: the file ends inside this item, before its </item>", items.get(2).error());
    }

    @Test
    void controlCharactersFailTheirItemOnly() throws Exception {
        byte[] nul = "<rss><channel><item><description>a\u0000b</description></item><item><description>fine</description></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        List<FeedItem> items = FeedReader.read(nul).items();
        assertEquals("malformed XML at line 1, column 35: control character U+0000 is not allowed in XML", items.get(0).error());
        assertEquals("fine", items.get(1).text().text());
    }

    @Test
    void externalEntitiesAndEntityExpansionAreNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n"
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + "<!ENTITY fake \"<item><description>injected</description></item>\">]>\n"
                + "<rss><channel><item><description>before &x; after</description></item>\n"
                + "<item><description>&lol2;</description></item>\n<item><description>Plain item.</description></item>"
                + "</channel></rss>";
        FeedReader.Feed feed = FeedReader.read(xxe.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, feed.items().size(), "nothing inside the DTD becomes an item");
        assertEquals("uses the entity &x; that the feed's DTD declares at line 6, column 41; Parley never reads DTDs",
                feed.items().get(0).error());
        assertTrue(feed.items().get(1).error().startsWith("uses the entity &lol2;"), feed.items().get(1).error());
        assertEquals("Plain item.", feed.items().get(2).text().text());
        for (FeedItem item : feed.items()) {
            assertFalse(String.valueOf(item.text()).contains("TOPSECRET") || String.valueOf(item.error()).contains("TOPSECRET"));
        }
    }

    @Test
    void notAFeedEmptyAndBinaryFilesAreRefused() {
        assertEquals("not an RSS or Atom feed: the root element is <html>", assertThrows(MarkupException.class,
                () -> FeedReader.read("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("empty file", assertThrows(MarkupException.class, () -> FeedReader.read(new byte[0])).getMessage());
        byte[] binary = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        assertEquals("not text: not valid UTF-8 at byte 1, and control byte 0x1F at byte 0",
                assertThrows(MarkupException.class, () -> FeedReader.read(binary)).getMessage());
        assertEquals("unknown charset \"klingon\" declared in the XML declaration", assertThrows(MarkupException.class,
                () -> FeedReader.read("<?xml version=\"1.0\" encoding=\"klingon\"?><rss/>".getBytes(StandardCharsets.UTF_8)))
                .getMessage());
    }

    @Test
    void anUndeclaredLatin1FeedIsReadAsWindows1252WithANote() throws Exception {
        byte[] latin1 = "<rss><channel><pubDate>Tue, 18 Feb 2025 09:00:00 GMT</pubDate><item><description>Caf\u00E9 talks \u201Cnow\u201D"
                .concat("</description></item></channel></rss>").getBytes(Charset.forName("windows-1252"));
        FeedReader.Feed feed = FeedReader.read(latin1);
        assertEquals("Caf\u00E9 talks \u201Cnow\u201D", feed.items().get(0).text().text());
        assertEquals("not valid UTF-8 at byte 84 and no charset declared: read as windows-1252 (--encoding gives another)",
                feed.note());
        assertEquals("Tue, 18 Feb 2025 09:00:00 GMT", feed.date(), "the channel's own date");
    }

    @Test
    void declaredEncodingIsHonoured() throws Exception {
        String latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><description>Caf\u00E9 talks"
                + "</description></item></channel></rss>";
        List<FeedItem> items = FeedReader.read(latin1.getBytes(StandardCharsets.ISO_8859_1)).items();
        assertEquals("Caf\u00E9 talks", items.get(0).text().text());
    }
}
