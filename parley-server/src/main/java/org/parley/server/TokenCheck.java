package org.parley.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Guards the writes: without a configured token they are off (403); otherwise the request needs
 * {@code Authorization: Bearer TOKEN} (401 if missing or wrong). Tokens are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, whose time does not depend on where they differ,
 * nor (through the digest) on their lengths.
 */
final class TokenCheck implements Handler {

    private final byte[] expected;

    TokenCheck(String token) {
        this.expected = token == null ? null : digest(token);
    }

    @Override
    public void handle(Context ctx) {
        if (expected == null) {
            throw new ApiException(403, "writes_disabled",
                    "writes are off: start the server with --token-file or PARLEY_TOKEN to allow them");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "unauthorized", "writes need an Authorization: Bearer token header");
        }
        if (!MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
            throw new ApiException(401, "unauthorized", "the token is not the server's");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
