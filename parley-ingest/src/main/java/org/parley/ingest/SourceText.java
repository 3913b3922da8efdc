package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A file's bytes as characters, with the charset chosen in a fixed order and never a silent
 * U+FFFD: a byte-order mark; else the charset the file declares (HTML {@code <meta>}, the XML
 * declaration); else the one the user gives ({@code --encoding}); else UTF-8 when the bytes
 * are valid UTF-8; else Windows-1252 (a superset of Latin-1 for text, the charset of most
 * legacy Western news archives) when the bytes hold no control characters, with a
 * {@link #note()} saying so. Bytes that fit none of these are an error naming the byte; bytes
 * with NULs or other control characters that are not UTF-8 are refused as not text.
 */
public final class SourceText {

    /** The charset of undeclared text that is not UTF-8. */
    public static final Charset LEGACY = Charset.forName("windows-1252");

    private final byte[] bytes;
    private final String text;
    private final Charset charset;
    private final int skipped;
    private final String note;

    private SourceText(byte[] bytes, String text, Charset charset, int skipped, String note) {
        this.bytes = bytes;
        this.text = text;
        this.charset = charset;
        this.skipped = skipped;
        this.note = note;
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param declared the charset the file declares, or null
     * @param declaredIn where it is declared, for messages ("its XML declaration")
     * @param given the charset the user gave for files that declare none, or null
     * @throws MarkupException one line naming the charset tried and the first byte that does not fit
     */
    public static SourceText decode(byte[] bytes, Charset declared, String declaredIn, Charset given)
            throws MarkupException {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new SourceText(bytes, strict(bytes, skip, bom, " (after its byte-order mark)"), bom, skip, null);
        }
        if (declared != null) {
            return new SourceText(bytes, strict(bytes, 0, declared, " (the charset " + declaredIn + " declares)"),
                    declared, 0, null);
        }
        if (given != null) {
            return new SourceText(bytes, strict(bytes, 0, given, " (the charset --encoding gives)"), given, 0, null);
        }
        int bad = firstInvalid(bytes, StandardCharsets.UTF_8);
        if (bad < 0) {
            return new SourceText(bytes, new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0, null);
        }
        int control = firstControl(bytes);
        if (control >= 0) {
            throw new MarkupException(String.format(Locale.ROOT,
                    "not text: not valid UTF-8 at byte %d, and control byte 0x%02X at byte %d", bad,
                    bytes[control] & 0xFF, control));
        }
        int legacyBad = firstInvalid(bytes, LEGACY);
        if (legacyBad >= 0) {
            throw new MarkupException(String.format(Locale.ROOT,
                    "not valid UTF-8 at byte %d, nor windows-1252 (byte 0x%02X at byte %d): give the charset with --encoding",
                    bad, bytes[legacyBad] & 0xFF, legacyBad));
        }
        return new SourceText(bytes, new String(bytes, LEGACY), LEGACY, 0, "not valid UTF-8 at byte " + bad
                + " and no charset declared: read as windows-1252 (--encoding gives another)");
    }

    /** The text; a byte-order mark is not part of it. */
    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** What was guessed about the charset, for the user to check, or null when nothing was. */
    public String note() {
        return note;
    }

    /** Where each character of {@link #text()} starts in the bytes, with one more entry for the end. */
    public int[] byteOffsets() {
        int n = text.length();
        int[] at = new int[n + 1];
        int pos = skipped;
        CharsetEncoder encoder = charset.equals(StandardCharsets.UTF_8) ? null : charset.newEncoder();
        boolean singleByte = encoder != null && encoder.maxBytesPerChar() == 1.0f;
        for (int i = 0; i < n; i++) {
            at[i] = pos;
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            if (encoder == null) {
                pos += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
            } else if (singleByte) {
                pos += 1;
            } else {
                pos += encodedLength(encoder, pair ? text.substring(i, i + 2) : String.valueOf(c));
            }
            if (pair) {
                at[++i] = pos;
            }
        }
        at[n] = Math.min(pos, bytes.length);
        return at;
    }

    /** A map into this text's characters as a map into its bytes. */
    public OffsetMap toBytes(OffsetMap chars) {
        return chars.inBytes(byteOffsets());
    }

    /** The charset named in a file, or a {@link MarkupException} saying where it was declared. */
    public static Charset named(String name, String declaredIn) throws MarkupException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MarkupException("unknown charset \"" + name + "\" declared in " + declaredIn);
        }
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

    /** The text of {@code bytes} from {@code skip} in {@code charset}, or an error naming the first bad byte. */
    static String strict(byte[] bytes, int skip, Charset charset, String why) throws MarkupException {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MarkupException("not valid " + charset.name() + " at byte " + in.position() + why);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The offset of the first byte that does not decode in {@code charset}, or -1. */
    static int firstInvalid(byte[] bytes, Charset charset) {
        return firstInvalid(bytes, 0, bytes.length, charset);
    }

    static int firstInvalid(byte[] bytes, int from, int to, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        CharsetDecoder decoder = decoder(charset);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return -1;
        }
    }

    /** The first NUL or other control byte that text does not hold (tab, line feed, form feed and carriage return are text), or -1. */
    static int firstControl(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && (b < 0x09 || b > 0x0D) || b == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int encodedLength(CharsetEncoder encoder, String s) {
        try {
            return encoder.reset().encode(CharBuffer.wrap(s)).remaining();
        } catch (java.nio.charset.CharacterCodingException e) {
            return 1;
        }
    }
}
