package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reading text and JSONL input strictly: mis-encoded bytes are an error that says where. */
final class Inputs {

    private Inputs() {
    }

    /** A whole file (or standard input for "-") decoded as UTF-8, failing on invalid bytes. */
    static String readText(String path) throws IOException {
        byte[] bytes = readBytes(path);
        try {
            return decode(bytes);
        } catch (BadInputException e) {
            throw new BadInputException(path + ": " + e.getMessage());
        }
    }

    /** A whole file, or standard input for "-"; a missing file or a directory is a usage error. */
    static byte[] readBytes(String path) throws IOException {
        byte[] bytes;
        if (path.equals("-")) {
            bytes = System.in.readAllBytes();
        } else {
            Path p = Path.of(path);
            if (!Files.exists(p)) {
                throw new UsageException("no such file: " + path);
            }
            if (Files.isDirectory(p)) {
                throw new UsageException(path + " is a directory; give a file, or use --input for JSONL");
            }
            bytes = Files.readAllBytes(p);
        }
        return bytes;
    }

    /** UTF-8 bytes as text, a leading BOM dropped; invalid bytes are a {@link BadInputException}. */
    static String decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException("not valid UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A reader over a JSONL file, gunzipped when the name ends in .gz. */
    static BufferedReader jsonl(String path) throws IOException {
        InputStream in;
        if (path.equals("-")) {
            in = System.in;
        } else {
            Path p = Path.of(path);
            try {
                in = Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                throw new UsageException("no such file: " + path);
            }
            if (path.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)), 1 << 16);
    }

    /**
     * A document from one JSONL record {@code {"id", "text", "date"?, "title"?, "url"?}}; the
     * fallback date applies when the record has none.
     *
     * @throws org.parley.pipeline.BadDocumentException when there is no text string
     */
    static org.parley.model.Document document(com.fasterxml.jackson.databind.JsonNode n, java.time.LocalDate fallback) {
        com.fasterxml.jackson.databind.JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw new org.parley.pipeline.BadDocumentException("no \"text\" string");
        }
        java.time.LocalDate d = Dates.parse(n.path("date").asText(""));
        return new org.parley.model.Document(n.hasNonNull("id") ? n.get("id").asText() : null, text.asText(),
                d != null ? d : fallback, n.hasNonNull("title") ? n.get("title").asText() : null,
                n.hasNonNull("url") ? n.get("url").asText() : null);
    }

    /** Input that cannot be read as text. */
    static final class BadInputException extends RuntimeException {
        BadInputException(String message) {
            super(message);
        }
    }
}
