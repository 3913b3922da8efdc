package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.testing.Fixtures;

/**
 * The store on a real DuckDB file and, where {@code PARLEY_TEST_POSTGRES} names a server (CI
 * starts one), on real PostgreSQL: round trip, idempotent re-store, GDELT-style merging, queries.
 */
class JdbcEventStoreTest {

    @TempDir
    Path dir;

    private String location(String backend, String name) {
        return TestStores.location(backend, dir, name);
    }

    static Analysis example(String id, String textSuffix) {
        ParsedDocument parsed = Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", LocalDate.of(2025, 3, 11));
        Document d = parsed.document();
        ParsedDocument renamed = new ParsedDocument(new Document(id, d.text() + textSuffix, d.published(), "Jeddah talks",
                "https://example.org/" + id), parsed.sentences());
        return Fixtures.pipeline().analyze(renamed);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void storesOnceAndMergesRepeatedReports(String backend) {
        String file = location(backend, "store");
        Analysis first = example("wire-1", "");
        try (JdbcEventStore store = JdbcEventStore.open(file)) {
            store.store(List.of(first));
            EventStore.Counts once = store.counts();
            assertEquals(1, once.documents());
            assertTrue(once.events() > 0);
            assertEquals(first.quotes().size(), once.quotes());
            assertEquals(first.stances().size(), once.stances());
            store.store(List.of(first));
            assertEquals(once, store.counts(), "storing the same text again adds nothing");
            // The same report in a second article: same events, one more mention each.
            store.store(List.of(example("wire-2", "\n(2)")));
            EventStore.Counts twice = store.counts();
            assertEquals(2, twice.documents());
            assertEquals(once.events(), twice.events(), "repeated reports do not invent events");
            assertEquals(2 * once.mentions(), twice.mentions());
        }
        try (JdbcEventStore reopened = JdbcEventStore.open(file)) {
            assertEquals(2, reopened.counts().documents(), "committed to the file");
            assertEquals(2, reopened.storedHashes().size());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void keepsWhereEachNewDocumentCameFrom(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "sources"))) {
            Analysis page = example("page", "");
            Analysis plain = example("plain", "\n(plain)");
            store.store(List.of(page, plain), java.util.Arrays.asList(
                    new EventStore.DocumentSource("in/page.html", "120,1,40;161,5,1"), null));
            store.store(List.of(page), List.of(new EventStore.DocumentSource("elsewhere.html", "0,1,41")));
            List<String> rows = store.database().query("sources", "SELECT doc_hash, source, offsets FROM document_sources",
                    List.of(), rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            assertEquals(List.of(JdbcEventStore.hashOf(page.document()) + " in/page.html 120,1,40;161,5,1"), rows,
                    "one row for the document with a source, kept from its first storing");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void queriesByActorCodeDateAndPlace(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "q"))) {
            store.store(List.of(example("wire-1", "")));
            List<EventRow> consult = store.events(new EventQuery("USA", null, null, "04", null,
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), "SAU", null, 10));
            assertFalse(consult.isEmpty());
            for (EventRow r : consult) {
                assertTrue(r.cameo().startsWith("04"));
                assertEquals("SAU", r.locationCountry());
                assertTrue(r.sourceCode().startsWith("USA") || r.targetCode() != null && r.targetCode().startsWith("USA")
                        || "USA".equals(r.sourceCountry()) || "USA".equals(r.targetCountry()));
            }
            assertTrue(store.events(new EventQuery(null, null, null, null, null, LocalDate.of(2030, 1, 1), null, null,
                    null, 10)).isEmpty(), "date filter");
            List<EventRow> rejections = store.events(new EventQuery(null, "RUS", null, null, "REJECT", null, null, null,
                    null, 10));
            assertFalse(rejections.isEmpty());
            assertTrue(rejections.stream().allMatch(r -> "REJECT".equals(r.plover())));
            assertFalse(store.events(new EventQuery(null, null, null, null, null, null, null, null, "truce", 10))
                    .isEmpty(), "text filter on the reporting sentence");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void quotesAndStancesByActor(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "qs"))) {
            store.store(List.of(example("wire-1", "")));
            List<QuoteRow> rubio = store.quotes("USA", "ball", 10);
            assertEquals(1, rubio.size(), rubio.toString());
            assertTrue(rubio.get(0).direct());
            assertEquals("Marco Rubio", rubio.get(0).speakerName());
            List<StanceRow> russia = store.stances("RUS", "ceasefire", null, null, 10);
            assertFalse(russia.isEmpty());
            assertTrue(russia.stream().allMatch(r -> r.issueKey().startsWith("ceasefire") && "RUS".equals(r.holderCountry())));
            assertTrue(russia.stream().anyMatch(r -> r.polarity().equals("oppose")), russia.toString());
            assertTrue(store.stances("XXX", null, null, null, 10).isEmpty());
            List<EventStore.ActorCount> actors = store.actors("RUS", 10);
            assertFalse(actors.isEmpty());
            assertTrue(actors.stream().allMatch(a -> a.code().startsWith("RUS") || "RUS".equals(a.country())));
            assertTrue(actors.get(0).events() >= actors.get(actors.size() - 1).events(), "most named first");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void stancesByDateRangeLatestFirstUnderALimit(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "st"))) {
            Analysis march = example("wire-1", "");
            ParsedDocument p = march.parsed();
            Document d = p.document();
            Analysis april = Fixtures.pipeline().analyze(new ParsedDocument(new Document("wire-april", d.text() + "\n(April)",
                    LocalDate.of(2025, 4, 11), d.title(), d.url()), p.sentences()));
            store.store(List.of(march, april));
            List<StanceRow> all = store.stances(null, null, null, null, 1000);
            assertEquals(march.stances().size() + april.stances().size(), all.size());
            for (int i = 1; i < all.size(); i++) {
                assertFalse(all.get(i).date().isBefore(all.get(i - 1).date()), "in date order");
            }
            List<StanceRow> inApril = store.stances(null, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), 1000);
            assertFalse(inApril.isEmpty());
            assertTrue(inApril.stream().allMatch(r -> r.date().getMonthValue() == 4), inApril.toString());
            assertTrue(inApril.size() < all.size());
            List<StanceRow> latest = store.stances(null, null, null, null, 2);
            assertEquals(2, latest.size());
            assertTrue(latest.stream().allMatch(r -> r.date().getMonthValue() == 4), "a limit keeps the latest: " + latest);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void failuresAreRecorded(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "f"))) {
            store.recordFailure("batch.jsonl:3", "empty text");
            assertEquals(1, store.counts().failures());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void keysetPagesOfEventsAndQuotesAddUpToTheWholeList(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "pages"))) {
            store.store(List.of(example("wire-1", "")));
            EventQueries events = new EventQueries(store.database());
            List<EventRow> all = store.events(EventQuery.all(1000));
            assertTrue(all.size() > 4, "enough events to page: " + all.size());
            List<EventRow> paged = new java.util.ArrayList<>();
            Page page = Page.first(3);
            for (List<EventRow> rows = events.find(new Where(), page); !rows.isEmpty();
                 rows = events.find(new Where(), new Page(3, EventQueries.cursor(rows.get(rows.size() - 1))))) {
                assertTrue(rows.size() <= 3);
                paged.addAll(rows);
            }
            assertEquals(all, paged, "pages in order, none lost or repeated");
            QuoteQueries quotes = new QuoteQueries(store.database());
            List<QuoteRow> allQuotes = store.quotes(null, null, 1000);
            assertTrue(allQuotes.size() > 2, "enough quotes to page: " + allQuotes.size());
            List<QuoteRow> pagedQuotes = new java.util.ArrayList<>();
            for (List<QuoteRow> rows = quotes.find(new Where(), Page.first(2)); !rows.isEmpty();
                 rows = quotes.find(new Where(), new Page(2, QuoteQueries.cursor(rows.get(rows.size() - 1))))) {
                pagedQuotes.addAll(rows);
            }
            assertEquals(allQuotes, pagedQuotes);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.parley.store.TestStores#backends")
    void wildcardsInFiltersMatchLiterally(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(location(backend, "like"))) {
            store.store(List.of(example("wire-1", "")));
            assertFalse(store.stances(null, "ceasefire", null, null, 10).isEmpty());
            assertTrue(store.stances(null, "cease_ire", null, null, 10).isEmpty(), "_ is not any character");
            assertTrue(store.stances(null, "%fire", null, null, 10).isEmpty(), "% is not any text");
            assertTrue(store.quotes(null, "b_ll", 10).isEmpty());
            assertFalse(store.quotes(null, "ball", 10).isEmpty());
        }
    }

    @Test
    void unopenableStoreIsOneClearError() {
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> JdbcEventStore.open("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1"));
        assertTrue(e.getMessage().startsWith("cannot open store jdbc:postgresql://127.0.0.1:1/none"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
