package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley ingest} on a directory of feeds and pages (fixtures of our own) plus broken
 * files, into a real DuckDB file: one error line per bad file or item, exit code 1, the rest
 * stored with titles, URLs and dates from the markup, cleaned text whose evidence points into
 * it, and a re-run that adds nothing.
 */
class IngestMarkupIT {

    @TempDir
    Path dir;

    private void copy(String resource, String name) throws Exception {
        try (InputStream in = IngestMarkupIT.class.getResourceAsStream("/ingest/" + resource)) {
            Files.write(dir.resolve("in").resolve(name), in.readAllBytes());
        }
    }

    @Test
    void feedsAndPagesAreStoredAndBadFilesReportedOnce() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        copy("world.rss", "world.rss");
        copy("summit.atom", "summit.atom");
        copy("article.html", "article.html");
        copy("no-article.html", "press-release");
        Files.writeString(dir.resolve("in/broken.rss"), "<rss><channel><item><description>unclosed</item></channel></rss>");
        Files.write(dir.resolve("in/binary.htm"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16});
        String db = dir.resolve("markup.duckdb").toString();

        CliRun first = CliRun.run(null, "ingest", dir.resolve("in").toString(), "--db", db, "--threads", "2");
        assertEquals(1, first.exitCode(), first.err());
        List<String> errors = first.err().lines().filter(l -> l.startsWith("parley: " + dir)).toList();
        assertEquals(3, errors.size(), first.err());
        assertTrue(first.err().contains("binary.htm: not text: not valid UTF-8 at byte 0, and control byte 0x00 at byte 4"), first.err());
        assertTrue(first.err().contains("broken.rss item 1: malformed XML at line 1, column 42: <description> is not closed before </item>"), first.err());
        assertTrue(first.err().contains("world.rss item 3: no text in content:encoded"), first.err());
        assertTrue(first.err().contains("6 documents"), first.err());

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            List<String> docs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT title, url, published, text FROM documents ORDER BY title")) {
                while (rs.next()) {
                    docs.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3));
                    assertFalse(rs.getString(4).contains("<"), "no markup is stored: " + rs.getString(4));
                    assertFalse(rs.getString(4).contains("Subscribe"), "no boilerplate is stored: " + rs.getString(4));
                }
            }
            assertEquals(List.of(
                    "Ceasefire talks resume in Geneva | https://times.example.org/2025/03/04/ceasefire-talks | 2025-03-04",
                    "Envoy visits Ankara | https://diplomacy.example.org/ankara | 2025-02-22",
                    "Ministers meet in Brussels | https://diplomacy.example.org/brussels | 2025-02-20",
                    "Poland and Lithuania agree on border patrols | https://news.example.org/world/border-patrols | 2025-02-18",
                    "Press release | null | null",
                    "Talks in Jeddah | https://news.example.org/world/jeddah | 2025-03-11"), docs);
            try (ResultSet rs = st.executeQuery("SELECT d.text, m.sentence_text, m.span_begin, m.span_end FROM event_mentions m"
                    + " JOIN documents d ON d.hash = m.doc_hash")) {
                int mentions = 0;
                while (rs.next()) {
                    mentions++;
                    String text = rs.getString(1);
                    assertTrue(text.contains(rs.getString(2)), "the evidence sentence is in the stored text");
                    assertTrue(rs.getInt(3) >= 0 && rs.getInt(4) <= text.length(), "the span lies in the stored text");
                }
                assertTrue(mentions > 0, "the articles give events");
            }
        }

        // A stored span leads back to the bytes of the file it came from: those bytes, read as the
        // markup they are, say what the stored text says there.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.source, s.offsets, m.span_begin, m.span_end, d.text"
                     + " FROM event_mentions m JOIN document_sources s ON s.doc_hash = m.doc_hash"
                     + " JOIN documents d ON d.hash = m.doc_hash WHERE s.offsets IS NOT NULL")) {
            int traced = 0;
            while (rs.next()) {
                String source = rs.getString(1);
                byte[] file = Files.readAllBytes(Path.of(source.replaceFirst(" item \\d+$", "")));
                org.parley.model.Span cleaned = new org.parley.model.Span(rs.getInt(3), rs.getInt(4));
                org.parley.model.Span span = org.parley.ingest.OffsetMap.decode(rs.getString(2)).original(cleaned);
                String markup = new String(file, span.begin(), span.length(), java.nio.charset.StandardCharsets.UTF_8);
                String read = org.jsoup.Jsoup.parse(org.jsoup.parser.Parser.unescapeEntities(markup, false)).text();
                assertEquals(cleaned.of(rs.getString(5)).replaceAll("\\s+", " ").strip(), read, source + ": " + markup);
                traced++;
            }
            assertTrue(traced > 0, "some events come from pages and feeds");
        }

        CliRun second = CliRun.run(null, "ingest", dir.resolve("in").toString(), "--db", db);
        assertTrue(second.err().contains("0 stored, 6 already stored, 3 failed"), second.err());
        assertTrue(second.err().contains("6 documents"), second.err());
    }

    @Test
    void analyzeCleansAnHtmlPageAndRefusesAFeed() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        copy("article.html", "article.html");
        copy("world.rss", "world.rss");
        CliRun page = CliRun.run(null, "analyze", dir.resolve("in/article.html").toString(), "--format", "jsonl");
        assertEquals(0, page.exitCode(), page.err());
        com.fasterxml.jackson.databind.JsonNode json = org.parley.output.JsonOutput.mapper().readTree(page.out());
        assertEquals("2025-03-04", json.get("date").asText(), "the page's published date");
        assertTrue(page.out().contains("\"AZE"), "Azerbaijan is an actor of the article: " + page.out());
        assertFalse(page.out().contains("Subscribe"), page.out());
        CliRun feed = CliRun.run(null, "analyze", dir.resolve("in/world.rss").toString());
        assertEquals(2, feed.exitCode(), feed.err());
        assertTrue(feed.err().contains("is an RSS or Atom feed, one document per item: use --input"), feed.err());
        CliRun batch = CliRun.run(null, "analyze", "--input", dir.resolve("in").toString(), "--threads", "2");
        assertEquals(1, batch.exitCode(), "the feed's third item has no text: " + batch.err());
        List<String> lines = batch.out().lines().toList();
        assertEquals(4, lines.size(), "one line per document: the page and three feed items: " + batch.out());
        assertEquals("2025-03-04", org.parley.output.JsonOutput.mapper().readTree(lines.get(0)).get("date").asText());
        assertTrue(lines.get(3).contains("\"error\""), lines.get(3));
        assertTrue(batch.err().contains("world.rss item 3: no text in content:encoded"), batch.err());
    }
}
