package org.parley.store.read;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The sort key of the last row of a page, as an opaque token ({@code base64url} of the values
 * joined by a line feed). A token that does not decode to the expected number of values is
 * rejected with {@link IllegalArgumentException}, which the server answers with 400.
 */
public record Cursor(List<String> values) {

    public Cursor {
        values = List.copyOf(values);
    }

    public static Cursor of(Object... values) {
        String[] s = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = values[i] == null ? "" : values[i].toString();
        }
        return new Cursor(List.of(s));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", values)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code token} with {@code arity} values, or null for a null or empty token. */
    public static Cursor decode(String token, int arity) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not a token this server gave out");
        }
        String[] parts = text.split("\n", -1);
        if (parts.length != arity) {
            throw new IllegalArgumentException("cursor is not a token this server gave out");
        }
        return new Cursor(List.of(parts));
    }

    public String get(int i) {
        return values.get(i);
    }

    public long getLong(int i) {
        try {
            return Long.parseLong(values.get(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not a token this server gave out");
        }
    }
}
