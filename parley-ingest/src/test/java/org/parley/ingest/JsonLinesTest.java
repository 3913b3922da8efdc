package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** JSON Lines read as bytes: each bad line is one error with its number (and byte), the next line is still read. */
class JsonLinesTest {

    private static final LocalDate FALLBACK = LocalDate.of(2025, 1, 1);

    private static List<ArticleFiles.Item> read(byte[] bytes) throws IOException {
        List<ArticleFiles.Item> items = new ArrayList<>();
        new JsonLines("in.jsonl", null, FALLBACK).read(new ByteArrayInputStream(bytes), items::add);
        return items;
    }

    private static String outcome(ArticleFiles.Item i) {
        return i.source() + " " + i.id() + " -> " + (i.error() != null ? i.error()
                : i.document().text() + " @ " + i.document().published());
    }

    @Test
    void eachBadLineIsOneErrorAndTheRestIsRead() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(("\uFEFF{\"id\": \"a\", \"text\": \"First.\", \"date\": \"2025-02-18T09:30:00+01:00\"}\r\n"
                + "\n   \n"
                + "[1, 2]\n"
                + "{\"id\": \"b\", \"text\": \"Second.\", \"date\": \"2025-02-30\"}\n"
                + "{\"id\": \"c\", \"text\": \"Third.\", \"date\": \"2025-02-18garbage\"}\n"
                + "{\"text\": \"Caf").getBytes(StandardCharsets.UTF_8));
        in.write(0xE9);
        in.write("\"}\n{\"id\": \"d\", \"text\": \"Undated.\"}\n{\"id\": 7, \"text\": 8}".getBytes(StandardCharsets.UTF_8));
        List<String> got = read(in.toByteArray()).stream().map(JsonLinesTest::outcome).toList();
        assertEquals(List.of(
                "in.jsonl:1 a -> First. @ 2025-02-18",
                "in.jsonl:4 line-4 -> not a JSON object",
                "in.jsonl:5 b -> \"date\": \"2025-02-30\" is not a date (Invalid date 'FEBRUARY 30'); correct it, or leave it"
                        + " out to use --date",
                "in.jsonl:6 c -> \"date\": \"2025-02-18garbage\" is not a date (text after the date: \"garbage\"); correct it,"
                        + " or leave it out to use --date",
                "in.jsonl:7 line-7 -> not valid UTF-8 at byte 13 of the line (JSON Lines are UTF-8; --encoding reads another"
                        + " charset)",
                "in.jsonl:8 d -> Undated. @ 2025-01-01",
                "in.jsonl:9 7 -> no \"text\" string"), got);
    }

    @Test
    void anOverlongLineFailsAloneWithoutHoldingItAll() throws IOException {
        byte[] head = "{\"id\": \"big\", \"text\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}\n{\"id\": \"next\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        long size = JsonLines.MAX_LINE_BYTES + 10L;
        InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head), new Repeat('x', size), new ByteArrayInputStream(tail))));
        List<ArticleFiles.Item> items = new ArrayList<>();
        new JsonLines("in.jsonl", null, null).read(in, items::add);
        assertEquals(2, items.size());
        assertEquals("line longer than 16 MiB", items.get(0).error());
        assertEquals("Fine.", items.get(1).document().text());
        assertNull(items.get(1).document().published());
    }

    @Test
    void datesInEveryFormTheDocsName() {
        for (String ok : List.of("2025-02-18", "2025-02-18T10:00:00Z", "2025-02-18 10:00", "2025-02-18T10:00:00.123+03:00",
                "20250218", "Tue, 18 Feb 2025 10:00:00 GMT", "18 February 2025", "February 18, 2025", "Feb 18, 2025")) {
            assertEquals(LocalDate.of(2025, 2, 18), PublicationDates.strict(ok), ok);
        }
        for (String bad : List.of("2025-02-30", "2025-02-18garbage", "121108", "20251306", "2025-02-18T25:00", "yesterday")) {
            org.junit.jupiter.api.Assertions.assertThrows(java.time.DateTimeException.class, () -> PublicationDates.strict(bad),
                    bad);
        }
    }

    @Test
    void dataThatIsNotOursToCorrectKeepsWhatDateItHas() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(LocalDate.of(2008, 8, 6), JsonLines.documentIgnoringBadDates(json.readTree(
                "{\"text\": \"x\", \"date\": \"2008-08-06 10:15:00 +0000\"}"), FALLBACK).published());
        assertEquals(FALLBACK, JsonLines.documentIgnoringBadDates(json.readTree(
                "{\"text\": \"x\", \"date\": \"121108\"}"), FALLBACK).published());
        assertEquals(LocalDate.of(2008, 8, 6), JsonLines.documentIgnoringBadDates(json.readTree(
                "{\"text\": \"x\", \"date\": \"20080806\"}"), FALLBACK).published());
    }

    /** {@code n} copies of one byte, without an array of that size. */
    private static final class Repeat extends InputStream {
        private final int b;
        private long left;

        Repeat(char b, long n) {
            this.b = b;
            this.left = n;
        }

        @Override
        public int read() {
            return left-- > 0 ? b : -1;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(buf, off, off + n, (byte) b);
            left -= n;
            return n;
        }
    }
}
