package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.ingest.ArticleFiles.Item;

/**
 * A directory of mixed inputs read as documents, without the pipeline: each format by its
 * extension or first bytes, one error per bad file or item, and the rest still read.
 */
class ArticleFilesTest {

    @TempDir
    Path dir;

    private static final LocalDate FALLBACK = LocalDate.of(2025, 1, 1);
    private static final ArticleFiles.Options OPTIONS = new ArticleFiles.Options(FALLBACK, false, null);

    @BeforeEach
    void inputs() throws IOException {
        copy("world.rss", "a-world.rss");
        copy("summit.atom", "b-summit.atom");
        copy("article.html", "c-article.html");
        copy("world.rss", "d-feed-without-extension");
        Files.writeString(dir.resolve("e-broken.xml"), "<rss><channel><item><title>x</title>\n<description>a</item>");
        Files.write(dir.resolve("f-binary.bin"), new byte[] {0x1f, (byte) 0x8b, 8, 0, (byte) 0xff, (byte) 0xfe, 0, 0});
        Files.writeString(dir.resolve("g-empty.html"), "<html><body><nav>Home</nav></body></html>");
        Files.write(dir.resolve("h-latin1.txt"), "Caf\u00E9 diplomacy".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("i-plain.txt"), "Poland urged Russia to withdraw its troops.");
        Files.writeString(dir.resolve("j-lines.jsonl"), "{\"id\": \"j1\", \"text\": \"France met Italy.\"}\nnot json\n");
    }

    private void copy(String resource, String name) throws IOException {
        try (InputStream in = ArticleFilesTest.class.getResourceAsStream("/ingest/" + resource)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private List<Item> readAll() throws IOException {
        List<Item> items = new ArrayList<>();
        ArticleFiles files = ArticleFiles.of(List.of(dir), OPTIONS);
        files.read(items::add);
        assertEquals(files.totalBytes(), files.bytesRead(), "every byte was read");
        return items;
    }

    @Test
    void everyFileAndItemIsADocumentOrOneError() throws IOException {
        List<Item> items = readAll();
        String outcome = items.stream().map(i -> i.source() + " -> " + (i.error() == null ? "ok" : i.error()))
                .collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "a-world.rss item 1 -> ok",
                "a-world.rss item 2 -> ok",
                "a-world.rss item 3 -> no text in content:encoded, content, description or summary",
                "b-summit.atom item 1 -> ok",
                "b-summit.atom item 2 -> ok",
                "c-article.html -> ok",
                "d-feed-without-extension item 1 -> ok",
                "d-feed-without-extension item 2 -> ok",
                "d-feed-without-extension item 3 -> no text in content:encoded, content, description or summary",
                "e-broken.xml item 1 -> malformed XML at line 2, column 15: <description> is not closed before </item>",
                "f-binary.bin -> not text: not valid UTF-8 at byte 1, and control byte 0x1F at byte 0",
                "g-empty.html -> no article text in the page (after removing markup)",
                "h-latin1.txt -> ok",
                "i-plain.txt -> ok",
                "j-lines.jsonl:1 -> ok",
                "j-lines.jsonl:2 -> not JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or"
                        + " token 'null', 'true' or 'false'))"), outcome.replace(dir + "/", ""));
    }

    @Test
    void documentsCarryTitleUrlAndDateFromTheirMarkup() throws IOException {
        List<Item> items = readAll();
        Item rss = items.get(0);
        assertEquals("Poland and Lithuania agree on border patrols", rss.document().title());
        assertEquals("https://news.example.org/world/border-patrols", rss.document().url());
        assertEquals(LocalDate.of(2025, 2, 18), rss.document().published());
        Item page = items.get(5);
        assertEquals("Ceasefire talks resume in Geneva", page.document().title());
        assertEquals(LocalDate.of(2025, 3, 4), page.document().published());
        assertTrue(page.document().text().startsWith("Negotiators from Armenia"), page.document().text());
        Item plain = items.get(13);
        assertEquals(FALLBACK, plain.document().published(), "no date in the file: the fallback");
        assertNull(plain.document().title());
        assertEquals(items.get(0).document().id(), items.get(6).document().id(),
                "the same item from two files is the same document");
    }

    @Test
    void aTruncatedGzipFailsOnceAfterTheLinesBeforeTheBreak() throws IOException {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            // Random words, so that half the compressed file is far more than the readers' buffers.
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < 20000; i++) {
                out.write(("{\"id\": \"t" + i + "\", \"text\": \"Report " + Long.toHexString(random.nextLong())
                        + Long.toHexString(random.nextLong()) + ": France met Italy.\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = gz.toByteArray();
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        List<Item> items = new ArrayList<>();
        ArticleFiles.of(List.of(cut), OPTIONS).read(items::add);
        Item last = items.get(items.size() - 1);
        assertEquals(cut.toString(), last.source());
        assertEquals("cannot read: EOFException (Unexpected end of ZLIB input stream)", last.error());
        assertTrue(items.size() > 100, "the lines before the break are read: " + items.size());
        assertTrue(items.subList(0, items.size() - 1).stream().allMatch(i -> i.error() == null));
    }

    @Test
    void totalIsKnownOnlyWhenEachFileIsOneDocument() throws IOException {
        assertEquals(-1, ArticleFiles.of(List.of(dir), OPTIONS).knownDocuments(), "feeds hold an unknown number");
        assertEquals(2, ArticleFiles.of(List.of(dir.resolve("j-lines.jsonl")), OPTIONS).knownDocuments(),
                "lines of JSONL are counted");
        assertEquals(3, ArticleFiles.of(List.of(dir.resolve("c-article.html"), dir.resolve("i-plain.txt"),
                dir.resolve("g-empty.html")), OPTIONS).knownDocuments());
    }

    @Test
    void readingStopsWhenTheSinkSaysSo() throws IOException {
        List<Item> items = new ArrayList<>();
        ArticleFiles.of(List.of(dir), OPTIONS).read(i -> items.add(i) && items.size() < 4);
        assertEquals(4, items.size());
    }

    @Test
    void undatedDocumentsTakeTheFeedsDateThenTheFallbackThenOnRequestTheFilesTime() throws IOException {
        Path feeds = Files.createDirectories(dir.resolve("dates"));
        Files.writeString(feeds.resolve("a.rss"), "<rss><channel><lastBuildDate>Mon, 17 Feb 2025 08:00:00 GMT"
                + "</lastBuildDate><item><pubDate>someday</pubDate><description>Undated item.</description></item>"
                + "<item><description>No date at all.</description></item></channel></rss>");
        Path text = feeds.resolve("b.txt");
        Files.writeString(text, "Plain text without a date.");
        Files.setLastModifiedTime(text, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-06-01T12:00:00Z")));
        List<Item> items = new ArrayList<>();
        ArticleFiles.of(List.of(feeds), new ArticleFiles.Options(null, true, null)).read(items::add);
        assertEquals(LocalDate.of(2025, 2, 17), items.get(0).document().published());
        assertEquals("the item's date \"someday\" is not a date: dated by the feed's date", items.get(0).note());
        assertEquals(LocalDate.of(2025, 2, 17), items.get(1).document().published());
        assertNull(items.get(1).note(), "a missing date is no news: only a date that does not read is");
        assertEquals(LocalDate.of(2024, 6, 1), items.get(2).document().published(), "--file-dates");
        items.clear();
        ArticleFiles.of(List.of(text), new ArticleFiles.Options(null, false, null)).read(items::add);
        assertNull(items.get(0).document().published(), "the file's time is used only when asked for");
    }

    @Test
    void givenEncodingReadsAFileThatDeclaresNone() throws IOException {
        Path koi = dir.resolve("cyrillic.txt");
        Files.write(koi, "\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u043a\u0430\u0437\u0430\u043b\u0430."
                .getBytes(java.nio.charset.Charset.forName("KOI8-R")));
        List<Item> items = new ArrayList<>();
        ArticleFiles.of(List.of(koi), new ArticleFiles.Options(null, false, java.nio.charset.Charset.forName("KOI8-R")))
                .read(items::add);
        assertEquals("\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u043a\u0430\u0437\u0430\u043b\u0430.",
                items.get(0).document().text());
        assertNull(items.get(0).note());
    }

    @Test
    void pagesAndFeedItemsCarryByteOffsetsIntoTheirFile() throws IOException {
        List<Item> items = readAll();
        Item page = items.get(5);
        byte[] bytes = Files.readAllBytes(dir.resolve("c-article.html"));
        String text = page.document().text();
        int at = text.indexOf("Geneva");
        org.parley.model.Span original = page.offsets().original(new org.parley.model.Span(at, at + 6));
        assertEquals("Geneva", new String(bytes, original.begin(), original.length(), StandardCharsets.UTF_8));
        assertNull(items.get(13).offsets(), "a text file's text is the file's own");
    }
}
