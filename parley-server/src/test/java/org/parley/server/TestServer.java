package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.model.Document;
import org.parley.pipeline.Pipeline;
import org.parley.store.JdbcEventStore;
import org.parley.store.ReadPool;
import org.parley.store.testing.StoreFixtures;
import org.parley.testing.Fixtures;

/** A real server on a free loopback port over a real store, and an HTTP client for it. */
final class TestServer implements AutoCloseable {

    private final JdbcEventStore writer;
    private final ReadPool pool;
    private final ParleyServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    final String base;

    /** Serves the store at {@code location}; writes analyze through the stored parses of our documents. */
    TestServer(String location, ServerOptions options) {
        writer = JdbcEventStore.open(location);
        pool = ReadPool.open(location, 4);
        Writes writes = new Writes(() -> new Pipeline(StoreFixtures.storedParses(), Fixtures.components()),
                TestServer::record, writer);
        server = ParleyServer.start(pool, writes, options);
        base = "http://127.0.0.1:" + server.port();
    }

    private static Document record(JsonNode n) {
        String date = n.path("date").asText("");
        return new Document(n.path("id").asText(null), n.get("text").asText(), date.isEmpty() ? null : LocalDate.parse(date),
                n.path("title").asText(null), n.path("url").asText(null));
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String path) {
        HttpResponse<String> res = get(path);
        if (res.statusCode() != 200) {
            throw new AssertionError(path + " answered " + res.statusCode() + ": " + res.body());
        }
        return parse(res.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    java.util.List<String> paths() {
        return server.paths();
    }

    long count(String table) {
        return json("/api/stats").get(table).asLong();
    }

    Map<String, Long> counts() {
        JsonNode s = json("/api/stats");
        return Map.of("documents", s.get("documents").asLong(), "events", s.get("events").asLong(),
                "quotes", s.get("quotes").asLong(), "stances", s.get("stances").asLong());
    }

    @Override
    public void close() {
        server.close();
        pool.close();
        writer.close();
    }
}
