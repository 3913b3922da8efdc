package org.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.javalin.http.Context;

/**
 * Request bodies, read up to a limit: a declared or actual length past it gets 413 before the
 * rest is read. Bodies must be UTF-8.
 */
final class Bodies {

    private final long limit;

    Bodies(long limit) {
        this.limit = limit;
    }

    /** A before-handler: refuses a declared Content-Length past the limit without reading anything. */
    void checkDeclared(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge();
        }
    }

    String text(Context ctx) {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("the body is not valid UTF-8");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body_too_large", "request bodies are limited to " + limit + " bytes");
    }
}
