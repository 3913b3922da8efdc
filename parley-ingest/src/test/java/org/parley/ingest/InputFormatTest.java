package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Formats by extension first, by the first bytes for files without a known one. */
class InputFormatTest {

    private static InputFormat of(String name, String head) {
        return InputFormat.detect(name, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extensionsDecide() {
        assertEquals(InputFormat.FEED, of("world.rss", "plain words"));
        assertEquals(InputFormat.FEED, of("a.ATOM", ""));
        assertEquals(InputFormat.FEED, of("a.xml", "<html>"));
        assertEquals(InputFormat.HTML, of("page.htm", "plain"));
        assertEquals(InputFormat.HTML, of("page.html", ""));
        assertEquals(InputFormat.JSONL, of("dump.jsonl.gz", ""));
        assertEquals(InputFormat.TEXT, of("note.txt", "<rss>"));
    }

    @Test
    void contentDecidesWithoutAKnownExtension() {
        assertEquals(InputFormat.FEED, of("feed", "\uFEFF<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"));
        assertEquals(InputFormat.FEED, of("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(InputFormat.FEED, of("feed.php", "<rdf:RDF xmlns:rdf=\"x\">"));
        assertEquals(InputFormat.HTML, of("index", "  <!DOCTYPE html>\n<html lang=en>"));
        assertEquals(InputFormat.HTML, of("page", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"));
        assertEquals(InputFormat.HTML, of("page", "<!doctype html><meta charset=utf-8><p>hi"));
        assertEquals(InputFormat.JSONL, of("dump", "{\"id\": 1, \"text\": \"x\"}"));
        assertEquals(InputFormat.TEXT, of("README", "Moscow said on Tuesday <b>that</b>"));
        assertEquals(InputFormat.TEXT, of("empty", ""));
    }
}
