package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.parley.ingest.MarkupException;
import org.parley.ingest.SourceText;

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
            bytes = Stdin.open().readAllBytes();
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

    /** Bytes as text, in the charset {@link SourceText} finds; bytes that are not text are a {@link BadInputException}. */
    static String decode(byte[] bytes) {
        try {
            return SourceText.decode(bytes, null, null, null).text();
        } catch (MarkupException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A reader over a JSONL file, gunzipped when the name ends in .gz. */
    static BufferedReader jsonl(String path) throws IOException {
        InputStream in;
        if (path.equals("-")) {
            in = Stdin.open();
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

    /** Input that cannot be read as text. */
    static final class BadInputException extends RuntimeException {
        BadInputException(String message) {
            super(message);
        }
    }
}
