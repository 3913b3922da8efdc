package org.parley.store;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.parley.store.testing.StoreFixtures;

/**
 * Empty stores for tests: a DuckDB file always, and PostgreSQL where {@code PARLEY_TEST_POSTGRES}
 * names a server (CI starts one). Each PostgreSQL store is a fresh schema of that database. The
 * same stores serve other modules' tests through {@link StoreFixtures} (the store's test-jar).
 */
final class TestStores {

    private TestStores() {
    }

    /** The backends to test. */
    static Stream<String> backends() {
        return StoreFixtures.backends();
    }

    /** The location of a new, empty store of {@code backend}. */
    static String location(String backend, Path dir, String name) {
        return StoreFixtures.location(backend, dir, name);
    }

    /** Runs statements on a store's own connection (a DuckDB file or a JDBC URL), committed. */
    static void execute(String location, String... statements) {
        StoreFixtures.execute(location, statements);
    }
}
