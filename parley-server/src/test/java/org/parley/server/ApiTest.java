package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.store.testing.StoreFixtures;

/**
 * The read API end to end: a real server on a loopback port over a DuckDB store filled from the
 * example article and our own documents.
 */
class ApiTest {

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(StoreFixtures.filled("duckdb", dir), ServerOptions.loopback(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyListPagesThroughEverythingOnce() {
        long events = server.count("events");
        for (String list : List.of("/api/events", "/api/quotes", "/api/stances", "/api/actors", "/api/network")) {
            List<JsonNode> all = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                JsonNode page = server.json(list + "?limit=3" + (next == null ? "" : "&cursor=" + next));
                page.get("items").forEach(all::add);
                assertTrue(page.get("items").size() <= 3);
                next = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (next != null && pages < 100);
            JsonNode whole = server.json(list + "?limit=1000");
            assertEquals(whole.get("items").size(), all.size(), list);
            assertEquals(new HashSet<>(all).size(), all.size(), list + ": no row on two pages");
            assertTrue(pages > 1, list + " has more than one page of 3");
            if (list.equals("/api/events")) {
                assertEquals(events, all.size());
            }
        }
    }

    @Test
    void csvByAcceptHeaderOrFormatHasAHeaderAndOneRecordPerItem() {
        JsonNode json = server.json("/api/events?limit=1000");
        HttpResponse<String> byHeader = server.get("/api/events?limit=1000", "Accept", "text/csv");
        HttpResponse<String> byParam = server.get("/api/events?limit=1000&format=csv");
        assertEquals(200, byHeader.statusCode());
        assertTrue(byHeader.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(byHeader.body(), byParam.body());
        List<List<String>> records = readCsv(byParam.body());
        assertEquals("event_id", records.get(0).get(0));
        assertEquals(json.get("items").size() + 1, records.size());
        int example = records.get(0).indexOf("example");
        Iterator<JsonNode> items = json.get("items").iterator();
        for (List<String> r : records.subList(1, records.size())) {
            JsonNode item = items.next();
            assertEquals(records.get(0).size(), r.size());
            assertEquals(item.get("eventId").asText(), r.get(0));
            assertEquals(item.get("exampleText").asText(), r.get(example), "commas and quotes survive");
        }
        HttpResponse<String> paged = server.get("/api/events?limit=2&format=csv");
        assertTrue(paged.headers().firstValue("X-Next-Cursor").isPresent());
    }

    @Test
    void anEventComesWithItsReportsAndTheirDocumentWithItsFacts() {
        JsonNode lavrov = null;
        for (JsonNode e : server.json("/api/events?actor=RUSGOV&cameo=12&limit=100").get("items")) {
            if (e.get("exampleText").asText().contains("Lavrov")) {
                lavrov = e;
            }
        }
        assertTrue(lavrov != null, "Lavrov's rejection is an event");
        JsonNode detail = server.json("/api/events/" + lavrov.get("eventId").asText());
        JsonNode report = detail.get("reports").get(0);
        JsonNode doc = server.json("/api/documents/" + report.get("docId").asText());
        String text = doc.get("text").asText();
        assertEquals(report.get("trigger").asText(),
                text.substring(report.get("triggerBegin").asInt(), report.get("triggerEnd").asInt()));
        Set<String> kinds = new HashSet<>();
        doc.get("facts").forEach(f -> kinds.add(f.get("kind").asText()));
        assertEquals(Set.of("actor", "event", "quote", "stance"), kinds);
        HttpResponse<String> missing = server.get("/api/events/nothing-here");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", TestServer.parse(missing.body()).get("error").asText());
        assertEquals(404, server.get("/api/documents/nothing-here").statusCode());
    }

    @Test
    void chartsAgreeWithTheEvents() {
        long dated = 0;
        for (JsonNode e : server.json("/api/events?limit=1000").get("items")) {
            dated += e.get("date").isNull() ? 0 : 1;
        }
        long days = 0;
        for (JsonNode b : server.json("/api/timeline").get("items")) {
            days += b.get("events").asLong();
        }
        long weeks = 0;
        for (JsonNode b : server.json("/api/timeline?by=week&format=json").get("items")) {
            weeks += b.get("events").asLong();
        }
        assertEquals(dated, days);
        assertEquals(dated, weeks);
        Set<String> edges = new HashSet<>();
        server.json("/api/network?limit=1000").get("items").forEach(e -> edges.add(e.get("source").asText() + ">"
                + e.get("target").asText()));
        assertTrue(edges.contains("FRAGOV>RUSGOV"), edges.toString());
        JsonNode matrix = server.json("/api/stances/matrix?by=month");
        assertFalse(matrix.get("items").isEmpty());
        matrix.get("items").forEach(c -> assertTrue(c.get("month").asText().matches("\\d{4}-\\d{2}")));
        JsonNode changes = server.json("/api/changes?asOf=2025-03-11");
        assertEquals("2025-03-05", changes.get("recentFrom").asText());
        assertTrue(server.json("/api/stats").get("documents").asLong() >= 4);
    }

    @Test
    void malformedParametersAre400WithWhatIsWrong() {
        for (String bad : List.of("/api/events?limit=0", "/api/events?limit=x", "/api/events?from=yesterday",
                "/api/events?colour=red", "/api/events?actor=RUS&actor=UKR", "/api/events?cursor=%25%25",
                "/api/events?cursor=bm9wZQ", "/api/timeline?by=year", "/api/events?from=2025-03-02&to=2025-03-01",
                "/api/events?format=xml")) {
            HttpResponse<String> res = server.get(bad);
            assertEquals(400, res.statusCode(), bad + ": " + res.body());
            JsonNode error = TestServer.parse(res.body());
            assertEquals("bad_request", error.get("error").asText(), bad);
            assertFalse(error.get("detail").asText().isBlank());
        }
        assertEquals(404, server.get("/api/nothing").statusCode());
        assertEquals("not_found", TestServer.parse(server.get("/api/nothing").body()).get("error").asText());
    }

    /** Records of a CSV text as an independent reader (DuckDB's) sees them, the header first. */
    private static List<List<String>> readCsv(String csv) {
        try {
            Path file = java.nio.file.Files.createTempFile(dir, "api", ".csv");
            java.nio.file.Files.writeString(file, csv);
            List<List<String>> out = new ArrayList<>();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                 java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT * FROM read_csv('" + file
                         + "', header = false, quote = '\"', escape = '\"', all_varchar = true)")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i) == null ? "" : rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theOpenApiDescriptionCoversEveryEndpointAndSwaggerUiIsServed() {
        JsonNode spec = server.json("/api/openapi.json");
        assertEquals("3.0.3", spec.get("openapi").asText());
        String event = server.json("/api/events?limit=1").get("items").get(0).get("eventId").asText();
        spec.get("paths").fieldNames().forEachRemaining(path -> {
            if (spec.get("paths").get(path).has("get")) {
                String url = path.replace("{id}", path.startsWith("/api/events") ? event : "jeddah-talks-2025-03-11");
                assertEquals(200, server.get(url).statusCode(), url);
            }
        });
        for (String path : server.paths()) {
            assertTrue(spec.get("paths").has(path), path + " is described");
        }
        assertEquals(200, server.get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js").statusCode());
        assertEquals(200, server.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode());
        assertTrue(server.get("/map/world.json").body().startsWith("{\"type\":\"FeatureCollection\""));
    }
}
