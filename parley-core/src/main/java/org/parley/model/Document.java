package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An article as it came in. {@code id} is the caller's id, or a content hash when none was
 * given, so the same text always gets the same id.
 *
 * @param published publication date, or null when unknown
 */
public record Document(String id, String text, LocalDate published, String title, String url) {

    public Document {
        Objects.requireNonNull(text, "text");
        if (id == null || id.isBlank()) {
            id = contentHash(text);
        }
    }

    public static Document of(String text, LocalDate published) {
        return new Document(null, text, published, null, null);
    }

    /** First 16 hex digits of the SHA-256 of the UTF-8 text. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
