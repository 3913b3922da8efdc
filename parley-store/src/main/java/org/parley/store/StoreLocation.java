package org.parley.store;

import java.nio.file.Path;

/** Where the store lives when {@code --db} is not given: the user's data directory. */
public final class StoreLocation {

    private StoreLocation() {
    }

    /** {@code $PARLEY_DB}, else {@code $XDG_DATA_HOME/parley/parley.duckdb}, else {@code ~/.local/share/parley/parley.duckdb}. */
    public static String defaultLocation() {
        String env = System.getenv("PARLEY_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("parley").resolve("parley.duckdb").toString();
    }
}
