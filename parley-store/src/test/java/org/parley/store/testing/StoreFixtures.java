package org.parley.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.annotate.Annotator;
import org.parley.annotate.ConlluReader;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;
import org.parley.store.JdbcEventStore;
import org.parley.testing.Fixtures;

/**
 * Stores for tests: the example article (Jeddah talks, 2025-03-11) and the documents of
 * {@code serve/documents.jsonl}, analyzed from their stored parses, so no test loads the models.
 */
public final class StoreFixtures {

    private static final java.util.concurrent.atomic.AtomicInteger SCHEMAS = new java.util.concurrent.atomic.AtomicInteger();

    private static Map<String, ParsedDocument> parses;
    private static List<Analysis> analyses;

    private StoreFixtures() {
    }

    /** The backends to test: a DuckDB file always, PostgreSQL when {@code PARLEY_TEST_POSTGRES} names a test server. */
    public static Stream<String> backends() {
        String pg = System.getenv("PARLEY_TEST_POSTGRES");
        return pg == null || pg.isBlank() ? Stream.of("duckdb") : Stream.of("duckdb", "postgres");
    }

    /** The location of a new, empty store: a DuckDB file in {@code dir}, or a fresh schema of the PostgreSQL test database. */
    public static String location(String backend, Path dir, String name) {
        if (backend.equals("duckdb")) {
            return dir.resolve(name + ".duckdb").toString();
        }
        String url = System.getenv("PARLEY_TEST_POSTGRES");
        String schema = "t_" + name.replaceAll("\\W", "_") + "_" + ProcessHandle.current().pid() + "_"
                + SCHEMAS.incrementAndGet();
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs statements on a store's own connection (a DuckDB file or a JDBC URL), committed. */
    public static void execute(String location, String... statements) {
        String url = location.startsWith("jdbc:") ? location : "jdbc:duckdb:" + location;
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test store " + location + ": " + e.getMessage(), e);
        }
    }

    /** A fresh store of the backend filled with {@link #analyses()}. */
    public static String filled(String backend, Path dir) {
        String location = location(backend, dir, "filled");
        try (JdbcEventStore store = JdbcEventStore.open(location)) {
            store.store(analyses());
        }
        return location;
    }

    /** The example article and our own documents, analyzed (once per JVM). */
    public static synchronized List<Analysis> analyses() {
        if (analyses == null) {
            Pipeline pipeline = new Pipeline(storedParses(), Fixtures.components());
            List<Analysis> out = new ArrayList<>();
            for (Document d : documents()) {
                out.add(pipeline.analyze(d));
            }
            analyses = List.copyOf(out);
        }
        return analyses;
    }

    /** The documents, with ids, dates, titles and urls. */
    public static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        ParsedDocument jeddah = Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", LocalDate.of(2025, 3, 11));
        docs.add(new Document("jeddah-talks-2025-03-11", jeddah.document().text(), LocalDate.of(2025, 3, 11),
                "Ukraine ready to accept a ceasefire after Jeddah talks", "https://example.org/jeddah"));
        ObjectMapper json = new ObjectMapper();
        for (String line : Fixtures.resource("serve/documents.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                docs.add(new Document(n.get("id").asText(), n.get("text").asText(), LocalDate.parse(n.get("date").asText()),
                        n.get("title").asText(), n.get("url").asText()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("serve/documents.jsonl: " + e.getMessage(), e);
            }
        }
        return docs;
    }

    /**
     * An annotator that answers with the stored parse of a known text (the example article or a
     * document of {@code serve/documents.jsonl}) and refuses any other text.
     */
    public static synchronized Annotator storedParses() {
        if (parses == null) {
            Map<String, ParsedDocument> byText = new HashMap<>();
            ParsedDocument jeddah = Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", null);
            byText.put(jeddah.document().text(), jeddah);
            for (ParsedDocument p : ConlluReader.readDocuments(Fixtures.resource("serve/documents.conllu"), null).values()) {
                byText.put(p.document().text(), p);
            }
            parses = byText;
        }
        return d -> {
            ParsedDocument p = parses.get(d.text());
            if (p == null) {
                throw new AssertionError("no stored parse for \"" + d.text().substring(0, Math.min(40, d.text().length()))
                        + "\": regenerate serve/documents.conllu (see serve/README.md)");
            }
            return new ParsedDocument(d, p.sentences());
        };
    }
}
