package org.parley.server;

/**
 * How the server listens and guards writes.
 *
 * @param bind         the address to listen on (127.0.0.1 unless the user says otherwise)
 * @param port         the port (0 picks a free one)
 * @param token        the bearer token that writes need, or null: then writes are off
 * @param maxBodyBytes request bodies larger than this get 413
 * @param readers      connections that serve reads at once
 * @param cacheSeconds how long a read answer may be served again (0: never)
 */
public record ServerOptions(String bind, int port, String token, long maxBodyBytes, int readers, double cacheSeconds) {

    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;

    public ServerOptions {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind address is empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (token != null && token.strip().length() < 16) {
            throw new IllegalArgumentException("the write token must have at least 16 characters");
        }
        if (maxBodyBytes < 1 || readers < 1) {
            throw new IllegalArgumentException("body limit and readers must be positive");
        }
        if (cacheSeconds < 0 || cacheSeconds > 3600) {
            throw new IllegalArgumentException("cache seconds must be from 0 to 3600");
        }
        token = token == null ? null : token.strip();
    }

    /** Loopback, the given port, writes off, 8 MiB bodies, 8 readers, no cache. */
    public static ServerOptions loopback(int port) {
        return new ServerOptions("127.0.0.1", port, null, DEFAULT_MAX_BODY, 8, 0);
    }

    public ServerOptions withToken(String newToken) {
        return new ServerOptions(bind, port, newToken, maxBodyBytes, readers, cacheSeconds);
    }

    public ServerOptions withMaxBody(long bytes) {
        return new ServerOptions(bind, port, token, bytes, readers, cacheSeconds);
    }

    public ServerOptions withCache(double seconds) {
        return new ServerOptions(bind, port, token, maxBodyBytes, readers, seconds);
    }
}
