package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store that must exist, for reading: never created, read-only, refused in words. */
class StoreOpenerTest {

    @TempDir
    Path dir;

    private static String refusal(String location) {
        StoreException e = assertThrows(StoreException.class, () -> JdbcEventStore.openExisting(location).close());
        assertFalse(e.getMessage().contains("\n"));
        return e.getMessage();
    }

    @Test
    void aMistypedPathIsNotCreated() {
        Path missing = dir.resolve("sub/typo.duckdb");
        String m = refusal(missing.toString());
        assertTrue(m.startsWith("no store at " + missing.toAbsolutePath() + ": no such file; run parley ingest first"), m);
        assertFalse(Files.exists(missing.getParent()), "not even its directory");
    }

    @Test
    void whatIsNotAStoreIsSaidInWords() throws Exception {
        assertTrue(refusal(dir.toString()).endsWith("it is a directory; --db takes a DuckDB file (or a"
                + " jdbc:postgresql:// URL)"));
        Path text = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        String m = refusal(text.toString());
        assertTrue(m.contains("it is not a DuckDB file (no DuckDB header)"), m);
        assertTrue(m.startsWith("cannot open store " + text.toAbsolutePath()), m);
        Path empty = Files.createFile(dir.resolve("empty.duckdb"));
        assertTrue(refusal(empty.toString()).contains("it is an empty file"));
        // The same words when ingest would write there.
        StoreException e = assertThrows(StoreException.class, () -> JdbcEventStore.open(text.toString()));
        assertTrue(e.getMessage().contains("not a DuckDB file"), e.getMessage());
        Path other = dir.resolve("other.duckdb");
        TestStores.execute(other.toString(), "CREATE TABLE notes (x INTEGER)");
        assertTrue(refusal(other.toString()).contains("it has no Parley tables: no store there; run parley ingest"
                + " first"));
    }

    @Test
    void anExistingStoreIsReadReadOnlyBySeveralAtOnce() {
        String file = dir.resolve("s.duckdb").toString();
        JdbcEventStore.open(file).close();
        try (JdbcEventStore a = JdbcEventStore.openExisting(file); JdbcEventStore b = JdbcEventStore.openExisting(file)) {
            assertTrue(a.database().isReadOnly());
            assertTrue(a.describe().endsWith("(read-only)"), a.describe());
            assertEquals(0, b.counts().events());
            assertThrows(StoreException.class, () -> a.recordFailure("x", "y"), "read-only: no write goes through");
        }
    }

    @Test
    void anOlderWritableStoreIsUpgradedBeforeItIsRead() {
        String file = dir.resolve("old.duckdb").toString();
        try (var in = StoreOpenerTest.class.getResourceAsStream("schema-v1.sql")) {
            TestStores.execute(file, StoreSchema.statementsOf(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).toArray(String[]::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (JdbcEventStore s = JdbcEventStore.openExisting(file)) {
            assertEquals(List.of(StoreSchema.current().version()), s.database().query("v",
                    "SELECT MAX(version) FROM schema_version", List.of(), rs -> rs.getInt(1)));
        }
    }
}
