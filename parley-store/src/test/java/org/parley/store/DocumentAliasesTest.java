package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.testing.Fixtures;

/**
 * Deduplication on the normalised text, with every other source kept as an alias, and failures
 * recorded once however often a run is repeated.
 */
class DocumentAliasesTest {

    @TempDir
    Path dir;

    private static Analysis copy(String id, String text, LocalDate date) {
        ParsedDocument parsed = Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", LocalDate.of(2025, 3, 11));
        return Fixtures.pipeline().analyze(new ParsedDocument(new Document(id, text, date, "Jeddah talks",
                "https://example.org/" + id), parsed.sentences()));
    }

    private static String text() {
        return Fixtures.conllu("fixtures/jeddah-talks-2025-03-11.conllu", LocalDate.of(2025, 3, 11)).document().text();
    }

    @Test
    void theNormalFormIgnoresLineEndsTrailingWhitespaceAndComposition() {
        assertEquals("a\nb\nc", TextKey.normalize("a \r\nb\t\rc\n\n"));
        assertEquals("caf\u00e9", TextKey.normalize("cafe\u0301"));
        assertEquals(TextKey.of("Talks end.\n"), TextKey.of("Talks end."));
        assertNotEquals(TextKey.of("Talks end."), TextKey.of("Talks  end."), "inner spaces are text");
        assertEquals(org.parley.model.Document.contentHash("Talks end."), TextKey.of("Talks end."),
                "a text in normal form keeps the key of before");
    }

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void theSameArticleWithATrailingNewlineIsStoredOnceAndItsSourceKept(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(TestStores.location(backend, dir, "aliases"))) {
            Analysis undated = copy("page.txt", text(), null);
            store.store(List.of(undated), List.of(new EventStore.DocumentSource("in/page.txt", null)));
            EventStore.Counts once = store.counts();
            Analysis dated = copy("wire-7", text() + " \r\n", LocalDate.of(2025, 3, 11));
            store.store(List.of(dated), List.of(new EventStore.DocumentSource("batch.jsonl:4", null)));
            assertEquals(once, store.counts(), "stored once: no second document, no doubled quotes or stances");
            List<String> aliases = store.database().query("aliases", "SELECT external_id, published, source"
                    + " FROM document_aliases", List.of(), rs -> rs.getString(1) + " " + rs.getString(2) + " "
                    + rs.getString(3));
            assertEquals(List.of("wire-7 2025-03-11 batch.jsonl:4"), aliases, "the copy's id and date are kept");
            List<String> doc = store.database().query("document", "SELECT external_id, published FROM documents",
                    List.of(), rs -> rs.getString(1) + " " + rs.getString(2));
            assertEquals(List.of("page.txt 2025-03-11"), doc, "the undated document takes the copy's date");
            assertEquals(0, store.stances(null, null, null, null, 1000).stream().filter(s -> s.date() == null).count());
            // Reading both files again adds nothing: neither a document nor an alias.
            store.store(List.of(undated), List.of(new EventStore.DocumentSource("in/page.txt", null)));
            new DocumentAliases(store.database()).record(List.of(
                    new DocumentAliases.Alias(dated.document(), "batch.jsonl:4"),
                    new DocumentAliases.Alias(undated.document(), "in/page.txt")));
            assertEquals(1, store.database().query("n", "SELECT COUNT(*) FROM document_aliases", List.of(),
                    rs -> rs.getInt(1)).get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void aFailureRecordedAgainOnAReRunIsNotAddedTwice(String backend) {
        try (JdbcEventStore store = JdbcEventStore.open(TestStores.location(backend, dir, "failures"))) {
            for (int run = 0; run < 2; run++) {
                for (int i = 0; i < 10; i++) {
                    store.recordFailure("bad.jsonl:" + i, "empty text");
                }
            }
            assertEquals(10, store.counts().failures());
            store.recordFailure("bad.jsonl:1", "another reason");
            assertEquals(11, store.counts().failures(), "a new reason is news");
        }
    }
}
