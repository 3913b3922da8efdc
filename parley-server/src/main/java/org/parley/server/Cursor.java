package org.parley.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The API's page cursor: the sort keys of a page's last row ({@link org.parley.store.OrderBy#after})
 * as an opaque token, {@code base64url} of one typed value a line ({@code d:} date, {@code i:}
 * whole number, {@code s:} text, {@code n} null). A token that does not decode is a 400.
 */
final class Cursor {

    private Cursor() {
    }

    static String encode(List<Object> keys) {
        List<String> lines = new ArrayList<>();
        for (Object k : keys) {
            if (k == null) {
                lines.add("n");
            } else if (k instanceof LocalDate d) {
                lines.add("d:" + d);
            } else if (k instanceof Integer || k instanceof Long) {
                lines.add("i:" + k);
            } else if (k instanceof String s && s.indexOf('\n') < 0) {
                lines.add("s:" + s);
            } else {
                throw new IllegalStateException("a cursor cannot hold " + k.getClass().getSimpleName());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The keys in {@code token}, or null for no token. */
    static List<Object> decode(String token, int arity) {
        if (token == null) {
            return null;
        }
        try {
            String[] lines = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length != arity) {
                throw bad();
            }
            List<Object> keys = new ArrayList<>();
            for (String line : lines) {
                if (line.equals("n")) {
                    keys.add(null);
                } else if (line.startsWith("d:")) {
                    keys.add(LocalDate.parse(line.substring(2)));
                } else if (line.startsWith("i:")) {
                    keys.add(Long.parseLong(line.substring(2)));
                } else if (line.startsWith("s:")) {
                    keys.add(line.substring(2));
                } else {
                    throw bad();
                }
            }
            return keys;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw bad();
        }
    }

    private static ApiException bad() {
        return ApiException.badRequest("cursor is not a token this server gave out");
    }
}
