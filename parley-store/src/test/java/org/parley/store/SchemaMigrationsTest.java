package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stores made by an older Parley: a version-1 store (the exact DDL of before, in
 * {@code schema-v1.sql}) is upgraded and its rows still read; a newer or unrecognizable store is
 * refused with one line; an upgraded store has the same layout as a new one.
 */
class SchemaMigrationsTest {

    @TempDir
    Path dir;

    /** A version-1 store with one document's rows, written as Parley wrote them before. */
    private String versionOneStore(String backend, String name) {
        String location = TestStores.location(backend, dir, name);
        List<String> statements = new ArrayList<>(StoreSchema.statementsOf(readFixture()));
        statements.addAll(List.of(
                "INSERT INTO documents VALUES ('d1', 'wire-7', 'https://example.org/7', 'Talks in Geneva',"
                        + " DATE '2024-05-02', 'Ruritania rejected the proposal. \"We will not sign,\" the minister said.',"
                        + " 71, TIMESTAMP '2024-05-03 10:00:00')",
                "INSERT INTO events VALUES ('e1', DATE '2024-05-02', 'RURGOV', 'RUR', 'GRDGOV', 'GRD', '120', '12',"
                        + " 'REJECT', -4.0, 3, 'Geneva', 'CHE', 46.2, 6.15)",
                "INSERT INTO events VALUES ('e2', NULL, 'GRD', 'GRD', NULL, NULL, '010', '01', NULL, 0.0, 1, NULL,"
                        + " NULL, NULL, NULL)",
                "INSERT INTO event_mentions VALUES ('e1', 'd1', 0, 'rejected', 'reject-01', 'Ruritania rejected the"
                        + " proposal.', 10, 18)",
                "INSERT INTO event_mentions VALUES ('e2', 'd1', 1, 'said', 'say-01', 'the minister said.', 58, 62)",
                "INSERT INTO quotes VALUES ('d1', 33, 50, 'We will not sign,', 'RURGOV', 'RUR', NULL, 'the minister',"
                        + " 'said', TRUE)",
                "INSERT INTO stances VALUES ('d1', 0, 'RURGOV', 'RUR', NULL, 'proposal', 'the proposal', 'oppose',"
                        + " 0.8, DATE '2024-05-02', 'reject-stance')",
                "INSERT INTO failures VALUES ('batch.jsonl:3', 'empty text', TIMESTAMP '2024-05-03 10:00:00')"));
        TestStores.execute(location, statements.toArray(String[]::new));
        return location;
    }

    private static String readFixture() {
        try (var in = SchemaMigrationsTest.class.getResourceAsStream("schema-v1.sql")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void aVersionOneStoreIsUpgradedAndItsRowsStillRead(String backend) {
        String location = versionOneStore(backend, "v1");
        try (JdbcEventStore store = JdbcEventStore.open(location)) {
            assertEquals(new EventStore.Counts(1, 2, 2, 1, 1, 1), store.counts());
            assertEquals(StoreSchema.current().version(), versionOf(store));
            List<EventRow> events = store.events(EventQuery.all(10));
            assertEquals(List.of("e1", "e2"), events.stream().map(EventRow::eventId).toList(), "undated last");
            EventRow e1 = events.get(0);
            assertEquals(LocalDate.of(2024, 5, 2), e1.date());
            assertEquals("RURGOV", e1.sourceCode());
            assertEquals("REJECT", e1.plover());
            assertEquals(-4.0, e1.goldstein());
            assertEquals(46.2, e1.lat());
            assertEquals("Ruritania rejected the proposal.", e1.exampleText());
            assertEquals(List.of(new QuoteRow("d1", 33, 50, "RURGOV", null, "the minister", "said", true,
                    "We will not sign,", LocalDate.of(2024, 5, 2))), store.quotes("RUR", null, 10));
            assertEquals(List.of(new StanceRow(LocalDate.of(2024, 5, 2), "RURGOV", "RUR", null, "proposal", "oppose",
                    0.8, "the proposal")), store.stances("RUR", "prop", null, null, 10));
            assertEquals(java.util.Set.of("d1"), store.storedHashes());
        }
        try (JdbcEventStore again = JdbcEventStore.open(location)) {
            assertEquals(2, again.counts().events(), "a second open finds it current and changes nothing");
        }
    }

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void anUpgradedStoreHasTheLayoutOfANewOne(String backend) {
        String upgraded = versionOneStore(backend, "upgraded");
        String created = TestStores.location(backend, dir, "created");
        try (JdbcEventStore a = JdbcEventStore.open(upgraded); JdbcEventStore b = JdbcEventStore.open(created)) {
            assertEquals(layout(b), layout(a));
            assertTrue(layout(b).containsKey("index:stances_doc"), layout(b).toString());
        }
    }

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void aStoreFromANewerParleyIsRefused(String backend) {
        String location = TestStores.location(backend, dir, "future");
        JdbcEventStore.open(location).close();
        int future = StoreSchema.current().version() + 1;
        TestStores.execute(location, "INSERT INTO schema_version VALUES (" + future + ", NULL, 'from the future')");
        StoreException e = assertThrows(StoreException.class, () -> JdbcEventStore.open(location));
        assertTrue(e.getMessage().startsWith("cannot open store "), e.getMessage());
        assertTrue(e.getMessage().contains("has schema version " + future + ", newer than this Parley's "
                + StoreSchema.current().version()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void anUnrecognizableStoreIsRefusedNotMisread(String backend) {
        String location = TestStores.location(backend, dir, "odd");
        TestStores.execute(location, "CREATE TABLE events (event_id VARCHAR, happened DATE)");
        StoreException e = assertThrows(StoreException.class, () -> JdbcEventStore.open(location));
        assertTrue(e.getMessage().contains("is not a Parley store of schema version 1"), e.getMessage());
        String current = TestStores.location(backend, dir, "damaged");
        JdbcEventStore.open(current).close();
        TestStores.execute(current, "ALTER TABLE quotes DROP COLUMN cue");
        e = assertThrows(StoreException.class, () -> JdbcEventStore.open(current));
        assertTrue(e.getMessage().contains("has table quotes with columns missing [cue]"), e.getMessage());
    }

    @Test
    void schemaSqlDocumentsEveryColumnAndHasAMigrationForEveryVersion() {
        StoreSchema schema = StoreSchema.current();
        assertEquals(List.of("schema_version", "documents", "events", "event_mentions", "quotes", "stances",
                "actor_mentions", "document_sources", "document_aliases", "failures"),
                schema.tables().stream().map(StoreSchema.Table::name).toList());
        for (StoreSchema.Table t : schema.tables()) {
            assertFalse(t.comment().isBlank(), t.name() + " has no comment");
            for (StoreSchema.Column c : t.columns()) {
                assertFalse(c.type().isBlank(), t.name() + "." + c.name());
            }
        }
        assertEquals("DOUBLE PRECISION", schema.table("events").columns().get(9).type());
        assertEquals("goldstein", schema.table("events").columns().get(9).name());
        for (int v = 2; v <= schema.version(); v++) {
            assertNotNull(SchemaMigrationsTest.class.getResource("migrations/" + v + ".sql"), "migration to " + v);
        }
        assertTrue(SchemaMigrationsTest.class.getResource("migrations/" + (schema.version() + 1) + ".sql") == null,
                "schema.sql's version is the last migration's");
        // Version 1's frozen layout is the fixture's.
        TreeMap<String, List<String>> v1 = new TreeMap<>(SchemaMigrations.VERSION_1);
        assertEquals(new TreeSet<>(v1.keySet()), new TreeSet<>(List.of("documents", "events", "event_mentions",
                "quotes", "stances", "failures")));
    }

    private static int versionOf(JdbcEventStore store) {
        return store.database().query("version", "SELECT MAX(version) FROM schema_version", List.of(),
                rs -> rs.getInt(1)).get(0);
    }

    /** Columns with their types, and index names, as the database itself reports them. */
    private static TreeMap<String, String> layout(JdbcEventStore store) {
        Database db = store.database();
        TreeMap<String, String> out = new TreeMap<>();
        db.query("columns", "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = current_schema()", List.of(), rs -> out.put(rs.getString(1) + "."
                + rs.getString(2), rs.getString(3) + " " + rs.getString(4)));
        String indexes = db.isDuckDb() ? "SELECT index_name, sql FROM duckdb_indexes() WHERE schema_name = current_schema()"
                : "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()";
        db.query("indexes", indexes, List.of(), rs -> out.put("index:" + rs.getString(1),
                rs.getString(2).replaceAll("t_\\w+\\.", "").replace("IF NOT EXISTS ", "")));
        return out;
    }
}
