package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<FeedItem> items = FeedReader.read(Resources.bytes("world.rss"));
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
        List<FeedItem> items = FeedReader.read(Resources.bytes("summit.atom"));
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
        List<FeedItem> items = FeedReader.read(rdf.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, items.size());
        assertEquals("Text a.", items.get(0).text().text());
        assertEquals("https://example.org/a", items.get(0).url());
    }

    @Test
    void malformedXmlIsOneLineWithLineColumnAndItem() {
        String xml = "<rss><channel>\n<item><description>ok</description></item>\n<item><title>Broken</title>\n"
                + "<description>a <b>bold</description></item></channel></rss>";
        MarkupException e = assertThrows(MarkupException.class, () -> FeedReader.read(xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().matches("malformed XML at line 4, column \\d+ \\(in item 2\\): .+"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><item><description>before &x; after</description></item></channel></rss>";
        try {
            List<FeedItem> items = FeedReader.read(xxe.getBytes(StandardCharsets.UTF_8));
            for (FeedItem item : items) {
                assertFalse(item.text() != null && item.text().text().contains("TOPSECRET"));
            }
        } catch (MarkupException e) {
            assertFalse(e.getMessage().contains("TOPSECRET"));
            assertTrue(e.getMessage().startsWith("malformed XML"), e.getMessage());
        }
    }

    @Test
    void notAFeedEmptyAndMisEncodedFilesAreRefused() {
        assertEquals("not an RSS or Atom feed: the root element is <html>", assertThrows(MarkupException.class,
                () -> FeedReader.read("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("empty file", assertThrows(MarkupException.class, () -> FeedReader.read(new byte[0])).getMessage());
        byte[] latin1 = "<rss><channel><item><description>Caf\u00E9</description></item></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        String bad = assertThrows(MarkupException.class, () -> FeedReader.read(latin1)).getMessage();
        assertEquals("not valid UTF-8 at byte 36", bad);
        byte[] binary = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        assertEquals("not valid UTF-8 at byte 1", assertThrows(MarkupException.class, () -> FeedReader.read(binary))
                .getMessage());
        byte[] nul = "<rss><channel><item><description>a\u0000b</description></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        String nulMessage = assertThrows(MarkupException.class, () -> FeedReader.read(nul)).getMessage();
        assertTrue(nulMessage.startsWith("malformed XML at line 1, column 35 (in item 1): An invalid XML character"), nulMessage);
        assertEquals("unknown charset \"klingon\" declared in the XML declaration", assertThrows(MarkupException.class,
                () -> FeedReader.read("<?xml version=\"1.0\" encoding=\"klingon\"?><rss/>".getBytes(StandardCharsets.UTF_8)))
                .getMessage());
    }

    @Test
    void declaredEncodingIsHonoured() throws Exception {
        String latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><description>Caf\u00E9 talks"
                + "</description></item></channel></rss>";
        List<FeedItem> items = FeedReader.read(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00E9 talks", items.get(0).text().text());
    }
}
