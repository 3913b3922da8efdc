package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The markup fixtures under src/test/resources/ingest, all written for these tests. */
final class Resources {

    private Resources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource ingest/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
