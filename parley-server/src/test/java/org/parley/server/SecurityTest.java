package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.store.testing.StoreFixtures;

/**
 * Attacks on a real server: injection text in every filter, writes without the token or with a
 * wrong one, oversized bodies, cross-site reads; and the one right way to write.
 */
class SecurityTest {

    private static final String TOKEN = "correct-horse-battery-staple-42";
    private static final List<String> ATTACKS = List.of("' OR '1'='1", "RUS'; DROP TABLE events; --", "%", "_%_",
            "\\", "\"><script>alert(1)</script>", "1; SELECT pg_sleep(5)", "RUS) OR (1=1", "../../etc/passwd",
            "\u0000", "x".repeat(5000), "UKR' UNION SELECT hash, text FROM documents --");

    @TempDir
    Path dir;

    @Test
    void injectionInEveryFilterGivesNormalResultsOr400AndChangesNothing() {
        try (TestServer server = new TestServer(StoreFixtures.filled("duckdb", dir), ServerOptions.loopback(0))) {
            Map<String, Long> before = server.counts();
            int rejected = 0;
            for (String list : List.of("/api/events", "/api/quotes", "/api/stances", "/api/actors", "/api/network",
                    "/api/timeline", "/api/stances/matrix", "/api/changes")) {
                // Every attack on the events list; two that reach SQL as text on the others.
                List<String> attacks = list.equals("/api/events") ? ATTACKS : ATTACKS.subList(0, 2);
                for (String filter : Params.FILTERS) {
                    for (String attack : attacks) {
                        String url = list + "?" + filter + "=" + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8);
                        HttpResponse<String> res = server.get(url);
                        JsonNode body = TestServer.parse(res.body());
                        if (res.statusCode() == 400) {
                            rejected++;
                            assertEquals("bad_request", body.get("error").asText(), url);
                        } else {
                            assertEquals(200, res.statusCode(), url + ": " + res.body());
                            if (body.has("items") && !list.equals("/api/timeline")) {
                                assertTrue(body.get("items").size() <= 50, url);
                            }
                        }
                    }
                }
            }
            assertTrue(rejected > 0, "codes and dates of the wrong shape are refused");
            assertEquals(before, server.counts(), "no attack changed the store");
            assertFalse(server.json("/api/events?limit=1000").get("items").isEmpty(), "the events are still there");
        }
    }

    @Test
    void withoutAConfiguredTokenWritesAreOff() {
        try (TestServer server = new TestServer(StoreFixtures.location("duckdb", dir, "empty"), ServerOptions.loopback(0))) {
            HttpResponse<String> res = server.post("/api/ingest", line(0), "Authorization", "Bearer " + TOKEN);
            assertEquals(403, res.statusCode());
            assertEquals("writes_disabled", TestServer.parse(res.body()).get("error").asText());
            assertEquals(0, server.count("documents"));
        }
    }

    @Test
    void aWriteWithoutTheTokenOrWithAWrongOneIs401AndStoresNothing() {
        try (TestServer server = new TestServer(StoreFixtures.location("duckdb", dir, "empty"),
                ServerOptions.loopback(0).withToken(TOKEN))) {
            for (String path : List.of("/api/ingest", "/api/analyze?store=true")) {
                List<String[]> wrong = List.of(new String[0], new String[] {"Authorization", "Bearer"},
                        new String[] {"Authorization", "Bearer " + TOKEN + "x"},
                        new String[] {"Authorization", "Bearer " + TOKEN.substring(1)},
                        new String[] {"Authorization", "Basic " + TOKEN}, new String[] {"X-Token", TOKEN});
                for (String[] headers : wrong) {
                    HttpResponse<String> res = server.post(path, line(0), headers);
                    assertEquals(401, res.statusCode(), path + " " + String.join(" ", headers));
                    assertEquals("unauthorized", TestServer.parse(res.body()).get("error").asText());
                    assertEquals("Bearer", res.headers().firstValue("WWW-Authenticate").orElse(""));
                }
            }
            assertEquals(0, server.count("documents"), "nothing stored");
            assertEquals(0, server.count("events"));
        }
    }

    @Test
    void theTokenWritesAndABadLineIsReportedWhileTheRestGoesOnAndCachedAnswersAreForgotten() {
        // With an answer cache of a minute: a write through the server must still show at once.
        try (TestServer server = new TestServer(StoreFixtures.location("duckdb", dir, "empty"),
                ServerOptions.loopback(0).withToken(TOKEN).withCache(60))) {
            assertEquals(0, server.count("documents"));
            String body = line(1) + "\n{\"id\": \"no-text\"}\nnot json\n" + line(2) + "\n";
            HttpResponse<String> res = server.post("/api/ingest", body, "Authorization", "Bearer " + TOKEN,
                    "Content-Type", "application/x-ndjson");
            assertEquals(200, res.statusCode(), res.body());
            JsonNode out = TestServer.parse(res.body());
            assertEquals(2, out.get("stored").asInt());
            assertEquals(List.of(2, 3), List.of(out.get("failed").get(0).get("line").asInt(), out.get("failed").get(1).get("line").asInt()));
            assertEquals(2, server.count("documents"));
            assertTrue(server.count("events") > 0);
            JsonNode again = TestServer.parse(server.post("/api/ingest", line(1), "Authorization", "Bearer " + TOKEN).body());
            assertEquals(0, again.get("stored").asInt());
            assertEquals(1, again.get("alreadyStored").asInt());

            String text = StoreFixtures.documents().get(3).text();
            HttpResponse<String> analyzed = server.post("/api/analyze?date=2025-03-10", text,
                    "Authorization", "Bearer " + TOKEN, "Content-Type", "text/plain");
            assertEquals(200, analyzed.statusCode(), analyzed.body());
            assertFalse(TestServer.parse(analyzed.body()).get("events").isEmpty());
            assertEquals(2, server.count("documents"), "analyze stores only when asked");
        }
    }

    @Test
    void aBodyPastTheLimitIs413AndTheTokenIsCheckedFirst() {
        try (TestServer server = new TestServer(StoreFixtures.location("duckdb", dir, "empty"),
                ServerOptions.loopback(0).withToken(TOKEN).withMaxBody(1000))) {
            String big = "{\"text\": \"" + "word ".repeat(400) + "\"}";
            HttpResponse<String> res = server.post("/api/ingest", big, "Authorization", "Bearer " + TOKEN);
            assertEquals(413, res.statusCode());
            assertEquals("body_too_large", TestServer.parse(res.body()).get("error").asText());
            assertEquals(401, server.post("/api/ingest", big).statusCode(), "a stranger learns nothing about limits");
            assertEquals(0, server.count("documents"));
        }
    }

    @Test
    void noCorsHeadersAndAStrictContentSecurityPolicy() {
        try (TestServer server = new TestServer(StoreFixtures.location("duckdb", dir, "empty"), ServerOptions.loopback(0))) {
            HttpResponse<String> res = server.get("/api/stats", "Origin", "https://elsewhere.example");
            assertEquals(200, res.statusCode());
            assertTrue(res.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = server.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.base + "/api/ingest")).method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST").build());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> page = server.get("/");
            assertEquals(ParleyServer.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    /** Line {@code i} of our JSONL documents, as a client would send it. */
    private static String line(int i) {
        return org.parley.testing.Fixtures.resource("serve/documents.jsonl").split("\n")[i];
    }
}
