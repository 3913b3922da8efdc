package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Bytes to characters with no guessing: a byte sequence that is not valid in the charset is an
 * error naming the charset and the byte offset, never a silent U+FFFD.
 */
final class StrictDecoder {

    private StrictDecoder() {
    }

    /** The charset a byte-order mark announces, or null. */
    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset of a name found in the file, or a {@link MarkupException} saying where it was declared. */
    static Charset named(String name, String declaredIn) throws MarkupException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MarkupException("unknown charset \"" + name + "\" declared in " + declaredIn);
        }
    }

    /** The text of {@code bytes} in {@code charset}, after the BOM if there is one. */
    static String decode(byte[] bytes, Charset charset) throws MarkupException {
        int skip = 0;
        Charset bom = bomCharset(bytes);
        if (bom != null && bom.equals(charset)) {
            skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MarkupException("not valid " + charset.name() + " at byte " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
